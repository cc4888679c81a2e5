import { describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import type { VivaDatabase } from './database.ts';
import { deleteSession } from './history.ts';
import { AUTOMATIC_ATTEMPTS, isDue } from './transcription-attempts.ts';
import { repairUnclosedSessions } from './recovery.ts';
import {
  audio,
  freshStoreEachTest,
  newAnswer,
  newSession,
  turn,
  spokenPeaks,
} from './testing/interview-fixture.ts';
import {
  beginTranscriptionAttempt,
  loadTranscriptionJobs,
  noteTranscriptionFailure,
  queueTranscriptionAgain,
  retryTranscriptions,
  withdrawTranscriptionAttempt,
} from './transcription-queue.ts';
import { saveTranscript } from './transcripts.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

async function recorded(sessionId: string, turnIndex: number, peaks = spokenPeaks, language = 'en') {
  const answerId = await records.startAnswer(
    newAnswer(sessionId, turnIndex, { turn: turn('Q', { language }) }),
  );
  await records.finishAnswerAudio(answerId, audio({ durationMs: 1_000, peaks, chunks: 1 }));
  return answerId;
}

async function transcribe(answerId: string, sessionId: string) {
  await saveTranscript(
    { answerId, sessionId, language: 'en', words: [], model: 'm.bin', tookMs: 1, createdAt: 1 },
    database,
  );
}

const jobIds = async (sessionId: string) => [...(await loadTranscriptionJobs(sessionId, database)).keys()];

describe('the transcription queue', () => {
  it('queues a recorded answer with speech in a language Viva transcribes, and nothing else', async () => {
    const sessionId = await records.startSession(newSession());
    const spokenAnswer = await recorded(sessionId, 0);
    await recorded(sessionId, 1, Int8Array.of(-1, 1, -2, 2));
    await recorded(sessionId, 2, spokenPeaks, 'fr');
    expect(await jobIds(sessionId)).toEqual([spokenAnswer]);
    expect((await database.transcriptionJobs.get(spokenAnswer))?.attempts).toBe(0);
  });

  it('leaves out an answer the interview already heard, and forgets one once its transcript is stored', async () => {
    const sessionId = await records.startSession(newSession());
    const heardFirst = await records.startAnswer(newAnswer(sessionId, 0));
    await transcribe(heardFirst, sessionId);
    await records.finishAnswerAudio(heardFirst, audio({ durationMs: 1_000, peaks: spokenPeaks, chunks: 1 }));
    const later = await recorded(sessionId, 1);
    expect(await jobIds(sessionId)).toEqual([later]);
    await transcribe(later, sessionId);
    expect(await jobIds(sessionId)).toEqual([]);
    // Gone with its job: no attempt can start for it.
    expect(await beginTranscriptionAttempt(later, database)).toBe(false);
  });

  it('counts attempts as they start, not those withdrawn, and stops after a few until tried again', async () => {
    const sessionId = await records.startSession(newSession());
    const answerId = await recorded(sessionId, 0);
    expect(await beginTranscriptionAttempt(answerId, database)).toBe(true);
    await withdrawTranscriptionAttempt(answerId, database);
    expect((await database.transcriptionJobs.get(answerId))?.attempts).toBe(0);

    for (let attempt = 1; attempt <= AUTOMATIC_ATTEMPTS; attempt++) {
      await beginTranscriptionAttempt(answerId, database);
      await noteTranscriptionFailure(answerId, `failure ${attempt}`, database);
    }
    const failed = await database.transcriptionJobs.get(answerId);
    expect(failed).toMatchObject({ attempts: AUTOMATIC_ATTEMPTS, failure: `failure ${AUTOMATIC_ATTEMPTS}` });
    expect(failed && isDue(failed)).toBe(false);

    await retryTranscriptions(sessionId, database);
    const retried = await database.transcriptionJobs.get(answerId);
    expect(retried && isDue(retried)).toBe(true);
    // A new attempt forgets the last failure: should it crash the page, the failure shown must not be stale.
    await beginTranscriptionAttempt(answerId, database);
    expect(await database.transcriptionJobs.get(answerId)).not.toHaveProperty('failure');
  });

  it('queues an answer again on request, though it has a transcript, until the new one is stored', async () => {
    const sessionId = await records.startSession(newSession());
    const answerId = await recorded(sessionId, 0);
    await transcribe(answerId, sessionId);
    await queueTranscriptionAgain({ id: answerId, sessionId }, database);
    await beginTranscriptionAttempt(answerId, database);
    expect(await database.transcriptionJobs.get(answerId)).toMatchObject({ again: true, attempts: 1 });
    await transcribe(answerId, sessionId);
    expect(await jobIds(sessionId)).toEqual([]);
  });

  it('queues an answer cut off by a crash once it is repaired from its chunks', async () => {
    const sessionId = await records.startSession(newSession());
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));
    await records.appendChunk(answerId, {
      seq: 0,
      bytes: Uint8Array.of(1),
      peaks: spokenPeaks,
      durationMs: 1_000,
    });
    expect(await jobIds(sessionId)).toEqual([]);
    await repairUnclosedSessions(database);
    expect(await jobIds(sessionId)).toEqual([answerId]);
    // Repairing again (at the next start) queues nothing twice and keeps the attempts counted.
    await beginTranscriptionAttempt(answerId, database);
    await repairUnclosedSessions(database);
    expect((await database.transcriptionJobs.get(answerId))?.attempts).toBe(1);
  });

  it('goes with its interview', async () => {
    const sessionId = await records.startSession(newSession());
    const kept = await records.startSession(newSession());
    await recorded(sessionId, 0);
    const other = await recorded(kept, 0);
    await deleteSession(sessionId, database);
    expect(await database.transcriptionJobs.toCollection().primaryKeys()).toEqual([other]);
  });
});
