import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import { loadAnswerAudio } from './answer-audio.ts';
import type { VivaDatabase } from './database.ts';
import { createInterviewRecords } from './interview-records.ts';
import { audio, chunk, newAnswer, newSession, numbers, testDatabase } from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
let sessionId: string;

beforeEach(async () => {
  database = testDatabase();
  records = createInterviewRecords(database);
  sessionId = await records.startSession(newSession());
});

afterEach(async () => {
  await database.delete();
});

const blobBytes = async (blob: Blob) => numbers(new Uint8Array(await blob.arrayBuffer()));

describe('loadAnswerAudio', () => {
  it('joins the chunks in seq order, whatever order they were written in', async () => {
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));
    // Another answer's chunks sit beside these in the index and must not be picked up.
    const other = await records.startAnswer(newAnswer(sessionId, 1));
    await records.appendChunk(other, chunk(5));
    for (const seq of [2, 10, 0, 1, 9]) await records.appendChunk(answerId, chunk(seq));
    await records.finishAnswerAudio(answerId, audio({ durationMs: 11_000, chunks: 5 }));

    const loaded = await loadAnswerAudio(answerId, database);

    expect(await blobBytes(loaded.blob)).toEqual([0, 0, 1, 1, 2, 2, 9, 9, 10, 10]);
    expect(loaded.blob.type).toBe('audio/webm;codecs=opus');
    expect(numbers(loaded.peaks)).toEqual([-1, 1, -2, 2, -3, 3]);
    expect(loaded.durationMs).toBe(11_000);
  });

  it('rebuilds peaks and duration from the chunks when the recorder never finished', async () => {
    const answerId = await records.startAnswer(newAnswer(sessionId, 0, { mimeType: 'audio/mp4' }));
    await records.appendChunk(answerId, chunk(1, 1_950));
    await records.appendChunk(answerId, chunk(0, 980));
    await records.appendChunk(answerId, chunk(2, 2_400));

    const loaded = await loadAnswerAudio(answerId, database);

    expect(await blobBytes(loaded.blob)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(loaded.blob.type).toBe('audio/mp4');
    expect(numbers(loaded.peaks)).toEqual([0, 0, -1, 1, -2, 2]);
    expect(loaded.durationMs).toBe(2_400);
  });

  it('gives an empty recording for an answer interrupted before its first chunk', async () => {
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));

    const loaded = await loadAnswerAudio(answerId, database);

    expect(loaded.blob.size).toBe(0);
    expect(loaded.peaks).toHaveLength(0);
    expect(loaded.durationMs).toBe(0);
  });

  it('rejects an answer that is not stored', async () => {
    await expect(loadAnswerAudio('missing', database)).rejects.toThrow('No answer missing');
  });
});
