// Stored interviews for backup tests, with every optional field used somewhere, and ways to read a
// whole database back for comparison.
import { unzipSync } from 'fflate';
import { afterEach, beforeEach } from 'vitest';
import { script } from '../../library/testing/script-fixture.ts';
import type { VivaDatabase } from '../../store/database.ts';
import { createInterviewRecords } from '../../store/interview-records.ts';
import {
  audio,
  chunk,
  newAnswer,
  newSession,
  numbers,
  plan,
  testDatabase,
  timing,
  turn,
} from '../../store/testing/interview-fixture.ts';
import { webmRecording } from './webm-fixture.ts';
import { utf8, withDirectoryEntry, zipOf, type FixtureFile } from './zip-fixture.ts';

/** When the first fixture interview started: 1 June 2025, 14:30 local time. */
export const firstStartedAt = new Date(2025, 5, 1, 14, 30).getTime();

export interface StoredInterviews {
  readonly finishedSessionId: string;
  readonly interruptedSessionId: string;
  /** Recorded to the end: timing, audio summary, three chunks (the first a WebM header). */
  readonly finishedAnswerId: string;
  /** Cut off mid-answer: chunks only. */
  readonly cutOffAnswerId: string;
  /** Skipped before its first chunk: timing only. */
  readonly skippedAnswerId: string;
  /** MP4 audio, in the interrupted interview. */
  readonly mp4AnswerId: string;
}

const systemDesign = turn('Design a URL shortener', {
  budget: { kind: 'window', minSeconds: 120, maxSeconds: 180 },
  questionNumber: 1,
  questionIndex: 0,
  questionTitle: 'URL shortener',
  code: { language: 'csharp', source: 'var x = 1;' },
  sections: [
    { title: 'Clarify', seconds: 300 },
    { title: 'Diagram', seconds: 600 },
  ],
});

/** Two interviews with four answers between them, their audio and assessments, stored in `database`. */
export async function storeInterviews(database: VivaDatabase): Promise<StoredInterviews> {
  const records = createInterviewRecords(database);
  const finishedSessionId = await records.startSession(
    newSession({
      scriptSource: 'imported',
      script: script('url-shortener', { description: 'System design', durationSeconds: 2_700 }),
      plan: plan([turn('Hello'), systemDesign, turn('Any questions?', { phase: 'closing' })]),
      settings: { timing: 'strict', speech: false },
      startedAt: firstStartedAt,
    }),
  );

  const finishedAnswerId = await records.startAnswer(
    newAnswer(finishedSessionId, 1, { turn: systemDesign, mimeType: 'audio/webm;codecs=opus' }),
  );
  await records.appendChunk(finishedAnswerId, { ...chunk(0, 1_000), bytes: webmRecording() });
  await records.appendChunk(finishedAnswerId, chunk(1, 2_000));
  await records.appendChunk(finishedAnswerId, {
    ...chunk(2, 2_480),
    bytes: Uint8Array.of(0x50, 0x4b, 7, 8, 9),
  });
  await records.finishAnswerTiming(finishedAnswerId, timing({ endedBy: 'limit', sectionMarks: [1_200] }));
  await records.finishAnswerAudio(finishedAnswerId, audio({ durationMs: 2_480, chunks: 3 }));

  const cutOffAnswerId = await records.startAnswer(newAnswer(finishedSessionId, 0));
  await records.appendChunk(cutOffAnswerId, chunk(0, 990));
  await records.appendChunk(cutOffAnswerId, chunk(1, 1_700));

  const skippedAnswerId = await records.startAnswer(newAnswer(finishedSessionId, 2));
  await records.finishAnswerTiming(skippedAnswerId, timing({ endedBy: 'skip' }));
  // The interviewer left its follow-up out, covered by the answer: the backup keeps that decision too.
  await records.finishSession(finishedSessionId, 'finished', firstStartedAt + 60_000, [
    {
      turnIndex: 1,
      asked: false,
      reason: { kind: 'covered', checkpoints: ['Caching'], quote: 'we cache per tenant', atMs: 3_000 },
    },
  ]);

  const interruptedSessionId = await records.startSession(
    newSession({ startedAt: firstStartedAt + 86_400_000 }),
  );
  const mp4AnswerId = await records.startAnswer(
    newAnswer(interruptedSessionId, 0, { mimeType: 'audio/mp4' }),
  );
  await records.appendChunk(mp4AnswerId, {
    ...chunk(0),
    bytes: Uint8Array.of(0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70),
  });
  await records.finishAnswerAudio(
    mp4AnswerId,
    audio({ mimeType: 'audio/mp4', durationMs: 1_000, chunks: 1 }),
  );
  await database.sessions.update(interruptedSessionId, { status: 'interrupted' });
  await database.transcripts.add({
    answerId: finishedAnswerId,
    sessionId: finishedSessionId,
    language: 'en',
    words: [
      { text: 'Clarify', startMs: 120, endMs: 600, confidence: 0.92 },
      { text: 'first.', startMs: 600, endMs: 1_050, confidence: 0.35 },
    ],
    model: 'ggml-base-q8_0.bin',
    tookMs: 31_000,
    createdAt: firstStartedAt + 90_000,
  });

  await database.answerAssessments.bulkAdd([
    {
      answerId: finishedAnswerId,
      sessionId: finishedSessionId,
      rating: 4,
      covered: ['Clarify requirements'],
      notes: 'Ran out of time on the diagram.',
      pins: [{ id: 'pin-1', atMs: 1_500, text: 'Should have asked about scale' }],
      updatedAt: firstStartedAt + 120_000,
    },
    {
      answerId: cutOffAnswerId,
      sessionId: finishedSessionId,
      covered: [],
      notes: '',
      pins: [],
      updatedAt: 5,
    },
  ]);
  await database.sessionAssessments.add({
    sessionId: finishedSessionId,
    covered: ['Answered out loud'],
    notes: 'Better than last week.',
    updatedAt: firstStartedAt + 130_000,
  });

  return {
    finishedSessionId,
    interruptedSessionId,
    finishedAnswerId,
    cutOffAnswerId,
    skippedAnswerId,
    mp4AnswerId,
  };
}

/** Gives every test of the calling file a database of its own holding `storeInterviews`, deleted after it. */
export function storedInterviewsEachTest(
  use: (database: VivaDatabase, stored: StoredInterviews) => void,
): void {
  let database: VivaDatabase | undefined;
  beforeEach(async () => {
    database = testDatabase();
    use(database, await storeInterviews(database));
  });
  afterEach(async () => {
    await database?.delete();
  });
}

/** Typed arrays as number lists, so rows of different realms (jsdom's, fake-indexeddb's) compare. */
function comparable(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return numbers(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, comparable(field)]));
  }
  return value;
}

/** Every row of the tables a backup touches, in key order, ready for toEqual. */
export async function storedRows(database: VivaDatabase) {
  return comparable({
    sessions: await database.sessions.toArray(),
    answers: await database.answers.toArray(),
    audioChunks: await database.audioChunks.toArray(),
    chunkPeaks: await database.chunkPeaks.toArray(),
    answerAssessments: await database.answerAssessments.toArray(),
    sessionAssessments: await database.sessionAssessments.toArray(),
    transcripts: await database.transcripts.toArray(),
    importedScripts: await database.importedScripts.toArray(),
    settings: await database.settings.toArray(),
  });
}

/** The files of a zip, by name. */
export async function filesOf(zip: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await zip.arrayBuffer()));
}

/** The zip's viva-backup.json, parsed. */
export async function manifestOf(zip: Blob): Promise<Record<string, unknown>> {
  const json = (await filesOf(zip))['viva-backup.json'];
  if (!json) throw new Error('no viva-backup.json');
  return JSON.parse(new TextDecoder().decode(json)) as Record<string, unknown>;
}

/** The backup zipped again after `change` edits its files (by name) — to make it wrong in one way. */
export async function rezipped(
  zip: Blob,
  change: (files: Record<string, Uint8Array>) => void,
): Promise<Blob> {
  const files = await filesOf(zip);
  change(files);
  const entries: FixtureFile[] = Object.entries(files).map(([name, bytes]) => ({
    name,
    bytes,
    deflate: name.endsWith('.json'),
  }));
  return new Blob([zipOf(entries)], { type: 'application/zip' });
}

/** A backup's viva-backup.json, parsed, for tests to damage. */
export type ManifestJson = Record<string, unknown> & { answers: Record<string, unknown>[] };

/** The backup's viva-backup.json, edited, as bytes. */
async function editedManifest(zip: Blob, edit: (json: ManifestJson) => void): Promise<Uint8Array> {
  const json = (await manifestOf(zip)) as ManifestJson;
  edit(json);
  return utf8(JSON.stringify(json));
}

/** The backup with its viva-backup.json edited. */
export async function withManifest(zip: Blob, edit: (json: ManifestJson) => void): Promise<Blob> {
  const json = await editedManifest(zip, edit);
  return rezipped(zip, (files) => {
    files['viva-backup.json'] = json;
  });
}

/**
 * A zip bomb made from the backup: its first answer alone (recorded as `answerId`), whose audio is `size`
 * zeros (which deflate to almost nothing) and is stated to be `statedSize` bytes.
 */
export async function zerosBackup(
  zip: Blob,
  answerId: string,
  size: number,
  statedSize = size,
): Promise<Blob> {
  const audioFile = `audio/${answerId}.webm`;
  const json = await editedManifest(zip, (json) => {
    json.answers = [{ ...json.answers[0], chunks: [{ seq: 0, size: statedSize, durationMs: 1, peaks: '' }] }];
    json.answerAssessments = [];
    json.sessionAssessments = [];
    json.transcripts = [];
  });
  const bomb = zipOf([
    { name: audioFile, bytes: new Uint8Array(size), deflate: true },
    { name: 'viva-backup.json', bytes: json, deflate: true },
  ]);
  return new Blob([statedSize === size ? bomb : withDirectoryEntry(bomb, audioFile, { size: statedSize })]);
}
