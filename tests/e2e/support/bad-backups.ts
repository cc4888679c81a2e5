// Backup zips for the end-to-end tests, made in Node by the app's own exporter (on fake-indexeddb, from the
// unit tests' fixture interviews), and the same backup damaged in each way the importer must refuse.
import 'fake-indexeddb/auto';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportBackup } from '../../../src/backup/export-backup.ts';
import {
  manifestOf,
  rezipped,
  storeInterviews,
  withManifest,
  zerosBackup,
} from '../../../src/backup/testing/backup-fixture.ts';
import { utf8, withDirectoryEntry } from '../../../src/backup/testing/zip-fixture.ts';
import { testDatabase } from '../../../src/store/testing/interview-fixture.ts';

export interface BadBackup {
  /** What is wrong with it, for the test's name. */
  readonly what: string;
  readonly path: string;
  /** What the importer must say about it (after "<file name> was not imported: "). */
  readonly reason: string | RegExp;
}

export interface BackupFiles {
  /** A sound backup of two interviews with four answers. */
  readonly valid: string;
  readonly bad: readonly BadBackup[];
}

/** A file of `size` bytes that takes no room on disk (sparse): only its size is ever looked at. */
async function sparseFile(path: string, size: number): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.truncate(size);
  } finally {
    await handle.close();
  }
}

/** Writes a sound backup and its damaged copies into `folder`. */
export async function writeBackupFiles(folder: string): Promise<BackupFiles> {
  const database = testDatabase();
  const stored = await storeInterviews(database);
  const backup = await exportBackup({}, database);
  await database.delete();
  const manifest = await manifestOf(backup);
  const answers = manifest.answers as { audioFile: string }[];
  const missingAudio = answers[0]?.audioFile ?? '';
  const bombAudio = `audio/${stored.cutOffAnswerId}.webm`;

  const files: { what: string; name: string; bytes: Blob | Uint8Array | number; reason: string | RegExp }[] =
    [
      {
        what: 'not a zip at all',
        name: 'notes.zip',
        bytes: utf8('# My interview notes\n'),
        reason: 'This is not a zip file.',
      },
      {
        what: 'broken JSON',
        name: 'broken-json.zip',
        bytes: await rezipped(backup, (entries) => {
          entries['viva-backup.json'] = utf8('{"format": "viva-backup", "version": 1, "sessions": [');
        }),
        reason: /^viva-backup\.json is not valid JSON \(.+\)\.$/,
      },
      {
        what: 'a missing audio entry',
        name: 'missing-audio.zip',
        bytes: await rezipped(backup, (entries) => {
          Reflect.deleteProperty(entries, missingAudio);
        }),
        reason: `${missingAudio} is missing (the audio of viva-backup.json answers[0]).`,
      },
      {
        what: 'an unknown version',
        name: 'newer-version.zip',
        bytes: await withManifest(backup, (json) => {
          json.version = 7;
        }),
        reason:
          'This backup was made by a newer Viva (version 7); this version reads version 1. ' +
          'Update Viva, then import it again.',
      },
      {
        what: 'an oversized viva-backup.json (stated 150 MB, over the 100 MB cap)',
        name: 'oversized-json.zip',
        bytes: withDirectoryEntry(new Uint8Array(await backup.arrayBuffer()), 'viva-backup.json', {
          size: 150 * 1024 ** 2,
        }),
        reason: 'viva-backup.json would be 150 MB uncompressed; at most 100 MB is accepted.',
      },
      {
        what: 'a file over the 1 GB limit',
        name: 'too-big.zip',
        bytes: 1.5 * 1024 ** 3,
        reason: 'The file is 1.5 GB; backups up to 1 GB can be imported.',
      },
      {
        what: 'a zip bomb whose audio states its true size (64 MB of zeros in a small zip)',
        name: 'bomb-stated.zip',
        bytes: await zerosBackup(backup, stored.cutOffAnswerId, 64 * 1024 ** 2),
        reason:
          /^The audio in this \d+(\.\d)? KB zip would expand to 64 MB\. Recordings are compressed already and barely shrink in a zip, so this is not a Viva backup \(it may be a zip bomb\)\.$/,
      },
      {
        what: 'a zip bomb that understates its size (64 MB of zeros stated as 1000 bytes)',
        name: 'bomb-understated.zip',
        bytes: await zerosBackup(backup, stored.cutOffAnswerId, 64 * 1024 ** 2, 1000),
        reason: `${bombAudio} expands beyond the 1000 bytes its zip directory states: the file is damaged or a zip bomb.`,
      },
    ];

  const valid = join(folder, 'viva-backup.zip');
  await writeFile(valid, new Uint8Array(await backup.arrayBuffer()));
  const bad: BadBackup[] = [];
  for (const { what, name, bytes, reason } of files) {
    const path = join(folder, name);
    if (typeof bytes === 'number') await sparseFile(path, bytes);
    else await writeFile(path, bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes);
    bad.push({ what, path, reason });
  }
  return { valid, bad };
}
