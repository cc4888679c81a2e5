import { describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import type { VivaDatabase } from './database.ts';
import {
  audio,
  chunk,
  newAnswer,
  newSession,
  numbers,
  freshStoreEachTest,
  timing,
} from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

describe('createInterviewRecords', () => {
  it('records a session from start to finish, timing and audio landing in either order', async () => {
    const session = newSession();
    const sessionId = await records.startSession(session);
    expect(await database.sessions.get(sessionId)).toEqual({
      ...session,
      id: sessionId,
      scriptId: 'cap-theorem',
      status: 'in-progress',
      tally: { count: 0, summedMs: 0, openAnswerIds: [] },
    });

    const first = await records.startAnswer(newAnswer(sessionId, 0));
    const second = await records.startAnswer(newAnswer(sessionId, 1));
    expect(first).not.toBe(second);
    expect(await database.answers.get(first)).toEqual({ ...newAnswer(sessionId, 0), id: first });
    // Both still recording: counted, their length left to their last chunks.
    expect((await database.sessions.get(sessionId))?.tally).toEqual({
      count: 2,
      summedMs: 0,
      openAnswerIds: [first, second],
    });

    await records.appendChunk(first, chunk(0));
    await records.appendChunk(first, chunk(1));
    await records.appendChunk(second, chunk(0, 700));
    const stored = await database.audioChunks.get([first, 1]);
    expect(stored).toMatchObject({ answerId: first, seq: 1, durationMs: 2_000 });
    expect(numbers(stored?.bytes ?? [])).toEqual([1, 1]);
    expect(stored).not.toHaveProperty('peaks');
    const storedPeaks = await database.chunkPeaks.get([first, 1]);
    expect(storedPeaks).toMatchObject({ answerId: first, seq: 1, durationMs: 2_000 });
    expect(numbers(storedPeaks?.peaks ?? [])).toEqual([-1, 1]);
    expect(await database.audioChunks.where('answerId').equals(first).count()).toBe(2);
    expect(await database.audioChunks.where('answerId').equals(second).count()).toBe(1);
    expect(await database.chunkPeaks.where('answerId').equals(first).count()).toBe(2);

    await records.finishAnswerTiming(first, timing({ endedBy: 'limit', overtimeMs: 0 }));
    await records.finishAnswerAudio(first, audio({ durationMs: 2_000, chunks: 2 }));
    expect((await database.sessions.get(sessionId))?.tally).toEqual({
      count: 2,
      summedMs: 2_000,
      openAnswerIds: [second],
    });
    await records.finishAnswerAudio(second, audio({ durationMs: 700, chunks: 1 }));
    await records.finishAnswerTiming(second, timing({ endedBy: 'skip', sectionMarks: [300] }));

    const firstDone = await database.answers.get(first);
    expect(firstDone?.timing).toEqual(timing({ endedBy: 'limit' }));
    expect(firstDone?.audio).toMatchObject({ durationMs: 2_000, chunks: 2, levels: { peak: 0.8, rms: 0.2 } });
    expect(numbers(firstDone?.audio?.peaks ?? [])).toEqual([-1, 1, -2, 2, -3, 3]);
    const secondDone = await database.answers.get(second);
    expect(secondDone?.timing).toEqual(timing({ endedBy: 'skip', sectionMarks: [300] }));
    expect(secondDone?.audio).toMatchObject({ durationMs: 700, chunks: 1 });
    // The summaries hold the peaks now: the chunks' copies are gone, their audio stays.
    expect(await database.chunkPeaks.count()).toBe(0);
    expect(await database.audioChunks.count()).toBe(3);

    await records.finishSession(sessionId, 'finished', 60_000);
    expect(await database.sessions.get(sessionId)).toMatchObject({
      status: 'finished',
      endedAt: 60_000,
      tally: { count: 2, summedMs: 2_700, openAnswerIds: [] },
    });
  });

  it('rejects an audio summary for an unknown answer, leaving every tally as it was', async () => {
    const sessionId = await records.startSession(newSession());
    await expect(records.finishAnswerAudio('nobody', audio())).rejects.toThrow('No answer nobody is stored.');
    expect((await database.sessions.get(sessionId))?.tally).toEqual({
      count: 0,
      summedMs: 0,
      openAnswerIds: [],
    });
  });

  it('keeps the decisions as they are taken, and the last list at the finish', async () => {
    const sessionId = await records.startSession(newSession());
    const probed = { turnIndex: 2, asked: true, reason: { kind: 'thin', answerMs: 4_000 } } as const;
    const leftOut = { turnIndex: 4, asked: false, reason: { kind: 'not-answered' } } as const;
    await records.startAnswer(newAnswer(sessionId, 0));
    expect((await database.sessions.get(sessionId))?.decisions).toBeUndefined();
    await records.keepDecisions(sessionId, [probed]);
    expect((await database.sessions.get(sessionId))?.decisions).toEqual([probed]);
    await records.finishSession(sessionId, 'finished', 9_000, [probed, leftOut]);
    expect(await database.sessions.get(sessionId)).toMatchObject({
      status: 'finished',
      decisions: [probed, leftOut],
    });
    await expect(records.keepDecisions('missing', [probed])).rejects.toThrow('No session missing');
  });

  it('writes the session row once when an answer starts: its tally', async () => {
    const sessionId = await records.startSession(newSession());
    let sessionWrites = 0;
    // Dexie calls the updating hook once for every update of a row, so it counts the writes of the session.
    database.sessions.hook('updating', () => {
      sessionWrites += 1;
    });
    await records.startAnswer(newAnswer(sessionId, 2));
    expect(sessionWrites).toBe(1);
    expect(await database.sessions.get(sessionId)).toMatchObject({ tally: { count: 1 } });
  });

  it('gives every session and answer its own id', async () => {
    const ids = [await records.startSession(newSession()), await records.startSession(newSession())];
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('stores a copy of a chunk given as a view into a larger buffer, holding only its own bytes', async () => {
    const sessionId = await records.startSession(newSession());
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));
    const buffer = Uint8Array.of(9, 9, 4, 5, 6, 9, 9);
    const bytes = buffer.subarray(2, 5);

    await records.appendChunk(answerId, { seq: 0, bytes, peaks: Int8Array.of(1, 2), durationMs: 1_000 });
    buffer.fill(0);

    const stored = await database.audioChunks.get([answerId, 0]);
    expect(numbers(stored?.bytes ?? [])).toEqual([4, 5, 6]);
    expect(stored?.bytes.buffer.byteLength).toBe(3);
  });

  it('replaces a chunk written again with the same seq', async () => {
    const sessionId = await records.startSession(newSession());
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));

    await records.appendChunk(answerId, chunk(0));
    await records.appendChunk(answerId, { ...chunk(0), bytes: Uint8Array.of(7) });

    const stored = await database.audioChunks.where('answerId').equals(answerId).toArray();
    expect(stored.map((row) => [row.seq, numbers(row.bytes)])).toEqual([[0, [7]]]);
  });

  it('rejects ids that are not stored, and stores nothing for them', async () => {
    await expect(records.finishSession('missing', 'aborted', 1)).rejects.toThrow('No session missing');
    await expect(records.startAnswer(newAnswer('missing', 0))).rejects.toThrow('No session missing');
    await expect(records.appendChunk('missing', chunk(0))).rejects.toThrow('No answer missing');
    await expect(records.finishAnswerTiming('missing', timing())).rejects.toThrow('No answer missing');
    await expect(records.finishAnswerAudio('missing', audio())).rejects.toThrow('No answer missing');

    expect(await database.sessions.count()).toBe(0);
    expect(await database.answers.count()).toBe(0);
    expect(await database.audioChunks.count()).toBe(0);
    expect(await database.chunkPeaks.count()).toBe(0);
  });

  it("keeps the chunks' peaks when the summary could not be stored, so nothing is lost", async () => {
    const sessionId = await records.startSession(newSession());
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));
    await records.appendChunk(answerId, chunk(0));
    await records.appendChunk(answerId, chunk(1));

    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    database.answers.hook('updating', refuse);
    await expect(records.finishAnswerAudio(answerId, audio())).rejects.toMatchObject({ problem: 'full' });
    database.answers.hook('updating').unsubscribe(refuse);

    expect((await database.answers.get(answerId))?.audio).toBeUndefined();
    const kept = await database.chunkPeaks.where('answerId').equals(answerId).toArray();
    expect(kept.map((row) => [row.seq, numbers(row.peaks)])).toEqual([
      [0, [0, 0]],
      [1, [-1, 1]],
    ]);

    await records.finishAnswerAudio(answerId, audio());
    expect(await database.chunkPeaks.where('answerId').equals(answerId).count()).toBe(0);
  });
});
