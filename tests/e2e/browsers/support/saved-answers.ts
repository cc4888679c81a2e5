// What both cross-browser tests expect of the files a user saves from a review, whatever the browser
// recorded: the first answer's recording, and the interview's backup, which imports back as it was.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { StoredInterview } from '../../support/stored-interview.ts';
import type { AppInBrowser } from './app-in-browser.ts';
import { catchSavedFiles, decodeSavedFile, savedFile, savedFileBytes } from './downloads.ts';
import { decodeAnswer } from './interview-flow.ts';

export interface SavedAnswerExpectations {
  /** The recording's file extension: 'webm' or 'm4a'. */
  readonly extension: string;
  /** True when the download is the recording byte for byte (MP4); WebM gets its duration written in. */
  readonly downloadAsStored: boolean;
  /** How far the decoded length of the download may be from the length the app measured while recording. */
  readonly decodeToleranceMs: number;
}

/**
 * On the open review of `stored`'s one interview: "Download the recording" of the first answer gives a file
 * that decodes, not silent, to the answer's length; "Export this interview" gives a zip holding each
 * answer's audio byte for byte as stored; importing it in History replaces the interview with the same.
 */
export async function expectSavedAnswers(
  app: AppInBrowser,
  stored: StoredInterview,
  { extension, downloadAsStored, decodeToleranceMs }: SavedAnswerExpectations,
): Promise<void> {
  const answers = [...stored.answers].sort((a, b) => a.turnIndex - b.turnIndex);
  const first = answers[0];
  if (first === undefined) throw new Error('No answer was stored.');
  const storedFirst = await decodeAnswer(app, first.id);
  await catchSavedFiles(app);

  await app.clickButton('Download the recording');
  const recording = await savedFile(app, 1);
  expect(recording.fileName).toMatch(new RegExp(`\\.${extension}$`));
  const decoded = await decodeSavedFile(app, 1);
  expect(Math.abs(decoded.durationSeconds * 1000 - (first.audio?.durationMs ?? 0))).toBeLessThan(
    decodeToleranceMs,
  );
  expect(decoded.rms).toBeGreaterThan(0.01);
  if (downloadAsStored) expect(decoded.sha256).toBe(storedFirst.sha256);

  await app.clickButton('Export this interview');
  expect((await savedFile(app, 2)).fileName).toMatch(/\.zip$/);
  const zip = await savedFileBytes(app, 2);
  const entries = unzipSync(new Uint8Array(zip));
  const sha256 = (bytes: Uint8Array | undefined) =>
    bytes === undefined ? 'missing' : createHash('sha256').update(bytes).digest('hex');
  const storedDigests = await Promise.all(
    answers.map(async (answer) => (await decodeAnswer(app, answer.id)).sha256),
  );
  expect(answers.map((answer) => sha256(entries[`audio/${answer.id}.${extension}`]))).toEqual(storedDigests);

  const folder = await mkdtemp(join(tmpdir(), 'viva-backup-'));
  try {
    const path = join(folder, 'interview.zip');
    await writeFile(path, zip);
    await app.go('#/history');
    await app.waitFor(`document.querySelector('input[type=file]') !== null`, "History's backup import");
    await app.driver.setInputFile('input[type=file]', path);
    await app.waitForText(
      `Imported 1 interview with ${String(answers.length)} answers, 1 replacing ones already here.`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const restored = await Promise.all(
    answers.map(async (answer) => (await decodeAnswer(app, answer.id)).sha256),
  );
  expect(restored).toEqual(storedDigests);
}
