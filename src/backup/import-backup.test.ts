import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnswerAudio } from '../store/answer-audio.ts';
import type { VivaDatabase } from '../store/database.ts';
import { createInterviewRecords } from '../store/interview-records.ts';
import { searchTranscripts } from '../store/transcript-search.ts';
import {
  chunk,
  newAnswer,
  newSession,
  numbers,
  testDatabase,
  spokenPeaks,
} from '../store/testing/interview-fixture.ts';
import { manifestPath } from './backup-format.ts';
import { exportBackup } from './export-backup.ts';
import { importBackup } from './import-backup.ts';
import {
  filesOf,
  manifestOf,
  rezipped,
  storeInterviews,
  storedRows,
  withManifest,
  zerosBackup,
  type ManifestJson,
  type StoredInterviews,
} from './testing/backup-fixture.ts';
import { editedAt, pathsIn } from './testing/json-edits.ts';
import { utf8, withDirectoryEntry, zipOf } from './testing/zip-fixture.ts';

let source: VivaDatabase;
let target: VivaDatabase;
let stored: StoredInterviews;
let backup: Blob;

beforeEach(async () => {
  source = testDatabase();
  target = testDatabase();
  stored = await storeInterviews(source);
  backup = await exportBackup({}, source);
});

afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

const audioBytes = async (answerId: string, database: VivaDatabase) =>
  numbers(new Uint8Array(await (await loadAnswerAudio(answerId, database)).blob.arrayBuffer()));

/** The backup with its viva-backup.json edited. */
const withJson = (edit: (json: ManifestJson) => void) => withManifest(backup, edit);

/** A zip of the backup's first answer alone, whose audio is `size` zeros stated to be `statedSize` bytes. */
const zerosZip = (size: number, statedSize = size) =>
  zerosBackup(backup, stored.cutOffAnswerId, size, statedSize);

describe('importBackup', () => {
  it('restores into an empty database exactly the rows and audio that were exported', async () => {
    // Tallies are derived, so the backup holds none: import counts them again (storedRows compares them).
    await withJson((json) => {
      expect(JSON.stringify(json.sessions)).not.toContain('"tally"');
    });
    const outcome = await importBackup(backup, target);

    expect(outcome).toEqual({ ok: true, sessions: 2, replaced: 0, answers: 4, planRestored: false });
    expect(await storedRows(target)).toEqual(await storedRows(source));
    for (const answerId of [
      stored.finishedAnswerId,
      stored.cutOffAnswerId,
      stored.skippedAnswerId,
      stored.mp4AnswerId,
    ]) {
      expect(await audioBytes(answerId, target)).toEqual(await audioBytes(answerId, source));
      const [restored, original] = await Promise.all([
        loadAnswerAudio(answerId, target),
        loadAnswerAudio(answerId, source),
      ]);
      expect(restored.durationMs).toBe(original.durationMs);
      expect(numbers(restored.peaks)).toEqual(numbers(original.peaks));
    }
  });

  it('restores the transcripts, and imports a backup from before transcripts as before', async () => {
    await importBackup(backup, target);
    expect((await target.transcripts.toArray()).map((row) => [row.answerId, row.words.length])).toEqual([
      [stored.finishedAnswerId, 2],
    ]);
    // The search index is not in the backup: it is made from the transcripts restored, once per import.
    expect(Object.keys(await manifestOf(backup))).not.toContain('transcriptTerms');
    await importBackup(backup, target);
    expect((await searchTranscripts('clarify', target)).map((hit) => hit.answerId)).toEqual([
      stored.finishedAnswerId,
    ]);
    expect(await target.transcriptTerms.count()).toBe(1);

    const older = await withJson((json) => {
      delete json.transcripts;
    });
    const fresh = testDatabase();
    try {
      expect(await importBackup(older, fresh)).toMatchObject({ ok: true, sessions: 2, answers: 4 });
      expect(await fresh.transcripts.count()).toBe(0);
    } finally {
      await fresh.delete();
    }
  });

  it('queues the restored answers that have speech and no transcript, for the transcription queue', async () => {
    const finished = await source.answers.get(stored.finishedAnswerId);
    if (finished?.audio === undefined) throw new Error('The fixture has no finished answer.');
    await source.answers.update(stored.finishedAnswerId, {
      audio: { ...finished.audio, peaks: spokenPeaks },
    });
    const spokenBackup = await exportBackup({}, source);
    const withoutTranscripts = await withManifest(spokenBackup, (json) => {
      delete json.transcripts;
    });

    await importBackup(spokenBackup, target);
    expect(await target.transcriptionJobs.count()).toBe(0);
    await importBackup(withoutTranscripts, target);
    expect(await target.transcriptionJobs.toCollection().primaryKeys()).toEqual([stored.finishedAnswerId]);
  });

  it('refuses a transcript of an answer the backup does not have, and stores nothing', async () => {
    const broken = await withJson((json) => {
      const [first] = json.transcripts as Record<string, unknown>[];
      if (first) first.answerId = 'nobody';
    });
    const outcome = await importBackup(broken, target);
    expect(outcome).toMatchObject({ ok: false });
    if (!outcome.ok)
      expect(outcome.reason).toMatch(/transcripts\[0\]\.answerId.*no answer nobody is in this backup/);
    expect(await target.sessions.count()).toBe(0);
  });

  it("keeps the chunks' peaks only of answers without a summary, as the app stores them", async () => {
    // A backup from before the peaks were stored once: every chunk of every answer carries its peaks.
    const older = await withJson((json) => {
      for (const answer of json.answers)
        for (const row of answer.chunks as Record<string, unknown>[]) row.peaks = btoa('\u0001\u0002');
    });

    expect(await importBackup(older, target)).toMatchObject({ ok: true, answers: 4 });

    const kept = await target.chunkPeaks.toArray();
    expect(kept.map(({ answerId, seq }) => [answerId, seq])).toEqual([
      [stored.cutOffAnswerId, 0],
      [stored.cutOffAnswerId, 1],
    ]);
    expect(kept.map((row) => numbers(row.peaks))).toEqual([
      [1, 2],
      [1, 2],
    ]);
    const finished = await loadAnswerAudio(stored.finishedAnswerId, target);
    expect(numbers(finished.peaks)).toEqual([-1, 1, -2, 2, -3, 3]);
  });

  it('replaces what a second import of the same backup finds, duplicating nothing', async () => {
    await importBackup(backup, target);
    const once = await storedRows(target);

    expect(await importBackup(backup, target)).toEqual({
      ok: true,
      sessions: 2,
      replaced: 2,
      answers: 4,
      planRestored: false,
    });
    expect(await storedRows(target)).toEqual(once);
  });

  it('replaces a stored interview whole: answers recorded since the backup go, other interviews stay', async () => {
    await importBackup(backup, target);
    const records = createInterviewRecords(target);
    const later = await records.startAnswer(newAnswer(stored.finishedSessionId, 2));
    await records.appendChunk(later, chunk(0));
    const otherSession = await records.startSession(newSession());
    const otherAnswer = await records.startAnswer(newAnswer(otherSession, 0));
    await records.appendChunk(otherAnswer, chunk(0));

    const tallyOfFinished = async () => (await target.sessions.get(stored.finishedSessionId))?.tally.count;
    const countBefore = await tallyOfFinished();

    expect(await importBackup(backup, target)).toMatchObject({ ok: true, replaced: 2 });
    // The interview's tally is counted again from the backup's answers, without the later one.
    expect(await tallyOfFinished()).toBe((countBefore ?? 0) - 1);
    expect(await tallyOfFinished()).toBe(
      await target.answers.where('sessionId').equals(stored.finishedSessionId).count(),
    );

    expect(await target.answers.get(later)).toBeUndefined();
    expect(await target.audioChunks.where('answerId').equals(later).count()).toBe(0);
    expect(await target.chunkPeaks.where('answerId').equals(later).count()).toBe(0);
    expect(await target.answers.get(otherAnswer)).toBeDefined();
    expect(await audioBytes(otherAnswer, target)).toEqual([0, 0]);
    expect(await target.sessions.count()).toBe(3);
  });

  describe('refuses a file that is not a sound backup, and changes nothing', () => {
    let before: unknown;

    beforeEach(async () => {
      // Something already stored, to show it is left exactly as it was.
      const records = createInterviewRecords(target);
      const sessionId = await records.startSession(newSession());
      await records.appendChunk(await records.startAnswer(newAnswer(sessionId, 0)), chunk(0));
      await importBackup(await exportBackup({ sessionIds: [stored.interruptedSessionId] }, source), target);
      before = await storedRows(target);
    });

    afterEach(async () => {
      expect(await storedRows(target)).toEqual(before);
    });

    const refused = async (file: Blob | Promise<Blob>) => {
      const outcome = await importBackup(await file, target);
      if (outcome.ok) throw new Error('imported');
      return outcome.reason;
    };

    it('over the size limit', async () => {
      const huge = new Blob([]);
      Object.defineProperty(huge, 'size', { value: 1.5 * 1024 ** 3 });
      expect(await refused(huge)).toBe('The file is 1.5 GB; backups up to 1 GB can be imported.');
    });

    it('not a zip', async () => {
      expect(await refused(new Blob(['# Mock interview\n\nHello']))).toBe('This is not a zip file.');
    });

    it('a zip without viva-backup.json', async () => {
      expect(await refused(new Blob([zipOf([{ name: 'notes.txt', bytes: utf8('hi') }])]))).toBe(
        'This zip has no viva-backup.json, so it is not a Viva backup.',
      );
    });

    it('broken JSON', async () => {
      const broken = rezipped(backup, (files) => {
        files['viva-backup.json'] = utf8('{"format": "viva-backup", "version": 1, "sessions": [');
      });
      expect(await refused(broken)).toMatch(/^viva-backup\.json is not valid JSON \(.+\)\.$/);
    });

    it('JSON that is not UTF-8', async () => {
      const latin1 = rezipped(backup, (files) => {
        files['viva-backup.json'] = Uint8Array.of(0x7b, 0xe9, 0x7d);
      });
      expect(await refused(latin1)).toBe('viva-backup.json is not UTF-8 text.');
    });

    it('a version from a newer Viva', async () => {
      expect(await refused(withJson((json) => (json.version = 2)))).toBe(
        'This backup was made by a newer Viva (version 2); this version reads version 1. ' +
          'Update Viva, then import it again.',
      );
    });

    it('a version that is none', async () => {
      expect(await refused(withJson((json) => (json.version = '1')))).toBe(
        'viva-backup.json: version "1" is not a backup version; this version of Viva reads version 1.',
      );
    });

    it('JSON of something else', async () => {
      expect(await refused(withJson((json) => delete json.format))).toBe(
        'viva-backup.json is not a Viva backup: it does not say "format": "viva-backup".',
      );
    });

    it('a field of the wrong type, saying where', async () => {
      const wrong = withJson((json) => {
        const answer = json.answers[1];
        if (answer) answer.audio = { ...(answer.audio as object), durationMs: 'long' };
      });
      expect(await refused(wrong)).toBe('viva-backup.json: answers[1].audio.durationMs: expected a number');
    });

    it('an answer of an interview the backup does not have', async () => {
      const orphan = withJson((json) => {
        const answer = json.answers[0];
        if (answer) answer.sessionId = 'no-such-interview';
      });
      expect(await refused(orphan)).toBe(
        // Its assessment, which names the interview the answer was in, no longer agrees with it either.
        'viva-backup.json: answers[0].sessionId: no interview no-such-interview is in this backup ' +
          '(and 1 more problem)',
      );
    });

    it('a missing audio file', async () => {
      const missing = rezipped(backup, (files) => {
        Reflect.deleteProperty(files, `audio/${stored.finishedAnswerId}.webm`);
      });
      expect(await refused(missing)).toBe(
        `audio/${stored.finishedAnswerId}.webm is missing (the audio of viva-backup.json answers[1]).`,
      );
    });

    it('audio shorter than its chunks', async () => {
      const short = rezipped(backup, (files) => {
        files[`audio/${stored.cutOffAnswerId}.webm`] = Uint8Array.of(0, 0, 1);
      });
      expect(await refused(short)).toBe(
        `audio/${stored.cutOffAnswerId}.webm holds 3 bytes, but viva-backup.json answers[0].chunks list 4.`,
      );
    });

    it('a JSON entry over its cap', async () => {
      const zip = new Uint8Array(await backup.arrayBuffer());
      const oversized = withDirectoryEntry(zip, 'viva-backup.json', { size: 150 * 1024 * 1024 });
      expect(await refused(new Blob([oversized]))).toBe(
        'viva-backup.json would be 150 MB uncompressed; at most 100 MB is accepted.',
      );
    });

    it('a zip bomb: audio that would expand far beyond the file', async () => {
      expect(await refused(zerosZip(16 * 1024 * 1024))).toMatch(
        /^The audio in this \d+(\.\d)? KB zip would expand to 16 MB\. Recordings are compressed already/,
      );
    });

    it('a zip bomb that understates its size', async () => {
      expect(await refused(zerosZip(16 * 1024 * 1024, 1000))).toBe(
        `audio/${stored.cutOffAnswerId}.webm expands beyond the 1000 bytes its zip directory states: ` +
          'the file is damaged or a zip bomb.',
      );
    });

    it('damaged audio', async () => {
      const zip = new Uint8Array(await backup.arrayBuffer());
      const damaged = withDirectoryEntry(zip, `audio/${stored.finishedAnswerId}.webm`, { crc: 0 });
      expect(await refused(new Blob([damaged]))).toBe(
        `The zip file is damaged: audio/${stored.finishedAnswerId}.webm does not match its checksum.`,
      );
    });

    it('a backup the database fails to store midway', async () => {
      target.audioChunks.hook('creating', () => {
        throw new Error('The disk is full.');
      });
      expect(await refused(backup)).toMatch(
        /^Nothing was imported: the backup could not be read or stored \(.*The disk is full\..*\)\.$/,
      );
    });
  });
});

describe('importBackup on damaged files (fast-check)', () => {
  const runs = { bytes: 50, cut: 40, entries: 300, storage: 100 };
  // Hundreds of imports into IndexedDB: seconds on a quiet machine, more on a busy one.
  const timeout = 60_000;

  /** Something stored before the import: an interview of its own and one the backup has too. */
  async function storePrior(database: VivaDatabase): Promise<void> {
    const records = createInterviewRecords(database);
    const sessionId = await records.startSession(newSession());
    await records.appendChunk(await records.startAnswer(newAnswer(sessionId, 0)), chunk(0));
    await importBackup(await exportBackup({ sessionIds: [stored.interruptedSessionId] }, source), database);
  }

  /** The target emptied and given the prior data again; what it then holds. */
  async function resetTarget(): Promise<Awaited<ReturnType<typeof storedRows>>> {
    await target.delete();
    await target.open();
    await storePrior(target);
    return storedRows(target);
  }

  it(
    `never throws on random bytes, and stores nothing (${runs.bytes} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
          expect(await importBackup(new Blob([bytes]), target)).toMatchObject({ ok: false });
        }),
        { numRuns: runs.bytes },
      );
      expect(await target.sessions.count()).toBe(0);
    },
    timeout,
  );

  it(
    `never throws on a backup cut short or with bytes changed, and leaves the database as it was or whole (${runs.cut} cases)`,
    async () => {
      const zip = new Uint8Array(await backup.arrayBuffer());
      const empty = await storedRows(target);
      const changes = fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 4,
      });
      await fc.assert(
        fc.asyncProperty(changes, fc.nat(zip.length), async (changed, length) => {
          await target.delete();
          await target.open();
          const damaged = zip.slice(0, Math.max(length, zip.length - 64));
          for (const [at, byte] of changed) if (at < damaged.length) damaged[at] = byte;

          const outcome = await importBackup(new Blob([damaged]), target);

          // Some bytes (a timestamp, the zip's own version fields) matter to nobody: then all is imported.
          expect(await storedRows(target)).toEqual(outcome.ok ? await storedRows(source) : empty);
        }),
        { numRuns: runs.cut },
      );
    },
    timeout,
  );

  it(
    `never throws on backups with entries dropped, replaced or added, or their JSON changed anywhere, and a refused one changes nothing (${runs.entries} cases)`,
    async () => {
      const files = await filesOf(backup);
      const manifest = JSON.parse(new TextDecoder().decode(files[manifestPath])) as unknown;
      const paths = pathsIn(manifest).filter((path) => path.length > 0);
      const names = Object.keys(files);
      const change = fc.oneof(
        fc.record({ op: fc.constant('drop' as const), entry: fc.nat(names.length - 1) }),
        fc.record({
          op: fc.constant('replace' as const),
          entry: fc.nat(names.length - 1),
          bytes: fc.uint8Array({ maxLength: 64 }),
        }),
        fc.record({
          op: fc.constant('add' as const),
          name: fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 20 })),
          bytes: fc.uint8Array({ maxLength: 64 }),
        }),
        fc.record({
          op: fc.constant('json' as const),
          path: fc.nat(paths.length - 1),
          value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        }),
      );
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(change, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          async (changes, deflate) => {
            const prior = await resetTarget();
            const entries = new Map(Object.entries(files));
            let json = manifest;
            for (const edit of changes) {
              if (edit.op === 'drop') entries.delete(names[edit.entry] ?? '');
              else if (edit.op === 'replace') entries.set(names[edit.entry] ?? '', edit.bytes);
              else if (edit.op === 'add') entries.set(edit.name, edit.bytes);
              else {
                json = editedAt(json, paths[edit.path] ?? [], edit.value);
                entries.set(manifestPath, utf8(JSON.stringify(json)));
              }
            }
            const zip = zipOf([...entries].map(([name, bytes]) => ({ name, bytes, deflate })));

            const outcome = await importBackup(new Blob([zip]), target);

            if (outcome.ok) return;
            refused++;
            expect(outcome.reason).not.toBe('');
            expect(await storedRows(target)).toEqual(prior);
          },
        ),
        { numRuns: runs.entries },
      );
      expect(refused).toBeGreaterThan(0);
    },
    timeout,
  );

  it(
    `leaves the database as it was when storing fails at any write (${runs.storage} cases)`,
    async () => {
      let failures = 0;
      await fc.assert(
        fc.asyncProperty(fc.nat(40), async (failAt) => {
          const prior = await resetTarget();
          let writes = 0;
          const failAtWrite = () => {
            if (writes++ === failAt) throw new Error('The disk is full.');
          };
          for (const table of target.tables) table.hook('creating', failAtWrite);
          try {
            const outcome = await importBackup(backup, target);
            // It fails exactly when the import reached the failing write.
            expect(outcome.ok).toBe(writes <= failAt);
            if (!outcome.ok) {
              failures++;
              expect(await storedRows(target)).toEqual(prior);
            }
          } finally {
            for (const table of target.tables) table.hook('creating').unsubscribe(failAtWrite);
          }
        }),
        { numRuns: runs.storage },
      );
      expect(failures).toBeGreaterThan(0);
    },
    timeout,
  );
});
