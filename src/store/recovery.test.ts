import { describe, expect, it } from 'vitest';
import type { InterviewRecords, TurnDecision } from '../interview/records.ts';
import { loadAnswerAudio } from './answer-audio.ts';
import { listSessionSummaries } from './history.ts';
import type { VivaDatabase } from './database.ts';
import { closeInterruptedInterview, listInterruptedInterviews, repairUnclosedSessions } from './recovery.ts';
import {
  newAnswer,
  newSession,
  numbers,
  plan,
  recordedAnswer,
  freshStoreEachTest,
  timing,
  turn,
} from './testing/interview-fixture.ts';
import { countReads } from './testing/read-counter.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

const threeTurns = plan([turn('Hello'), turn('Design a cache'), turn('Questions?')]);

/** A session of three turns stopped during its second answer: the first complete, the second only chunks. */
async function stoppedDuringSecondAnswer(): Promise<{ sessionId: string; cutOffId: string }> {
  const sessionId = await records.startSession(newSession({ plan: threeTurns }));
  const firstId = await recordedAnswer(records, newAnswer(sessionId, 0), 3_000);
  await records.finishAnswerTiming(firstId, timing({ endedAt: 5_500 }));
  const cutOffId = await recordedAnswer(records, newAnswer(sessionId, 1), 2_400, false);
  return { sessionId, cutOffId };
}

describe('repairUnclosedSessions', () => {
  it('rebuilds the cut-off answer from its chunks and marks the session interrupted where it stopped', async () => {
    const { sessionId, cutOffId } = await stoppedDuringSecondAnswer();
    // Only the cut-off answer still has its chunks' peaks: the finished one's summary replaced them.
    expect(await database.chunkPeaks.where('answerId').equals(cutOffId).count()).toBe(3);
    expect(await database.chunkPeaks.count()).toBe(3);
    const listed = async () => (await listSessionSummaries(database))[0];
    // Before: the cut-off answer is as long as its last chunk; after, its summary says so in the tally.
    expect(await listed()).toMatchObject({ answerCount: 2, recordedMs: 3_000 + 2_400 });
    expect(await repairUnclosedSessions(database)).toBe(1);
    expect(await listed()).toMatchObject({ answerCount: 2, recordedMs: 3_000 + 2_400 });
    expect((await database.sessions.get(sessionId))?.tally).toEqual({
      count: 2,
      summedMs: 5_400,
      openAnswerIds: [],
    });

    const answer = await database.answers.get(cutOffId);
    // Chunks of 1 s, 1 s and 0.4 s, each with the peaks [-seq, seq]: the summary the recorder would have written.
    expect(answer?.audio?.durationMs).toBe(2_400);
    expect(answer?.audio?.chunks).toBe(3);
    expect(answer?.audio?.mimeType).toBe('audio/webm');
    expect(numbers(answer?.audio?.peaks ?? [])).toEqual([0, 0, -1, 1, -2, 2]);
    expect(answer?.audio?.levels.peak).toBeCloseTo(2 / 127);
    expect(answer?.audio?.levels.rms).toBeGreaterThan(0);
    // newAnswer's startedAt for turn 1 is 3 500; the answer ends where its audio does.
    expect(answer?.timing).toEqual({
      endedAt: 3_500 + 2_400,
      endedBy: 'interrupted',
      pausedMs: 0,
      overtimeMs: 0,
      sectionMarks: [],
    });
    // The player gets the same from the rebuilt summary as it got from the chunks before.
    const played = await loadAnswerAudio(cutOffId, database);
    expect(played.durationMs).toBe(2_400);
    expect(numbers(played.peaks)).toEqual([0, 0, -1, 1, -2, 2]);
    // Stored once: the rebuilt summary replaced the chunks' peaks, and the audio stays.
    expect(await database.chunkPeaks.count()).toBe(0);
    expect(await database.audioChunks.where('answerId').equals(cutOffId).count()).toBe(3);

    const session = await database.sessions.get(sessionId);
    expect(session).toMatchObject({ status: 'interrupted', endedAt: 5_900 });
  });

  it('counts overtime of a cut-off answer that ran past its budget', async () => {
    const sessionId = await records.startSession(
      newSession({ plan: plan([turn('Short', { budget: { kind: 'limit', seconds: 1 } }), turn('Next')]) }),
    );
    const answerId = await recordedAnswer(
      records,
      newAnswer(sessionId, 0, { turn: turn('Short', { budget: { kind: 'limit', seconds: 1 } }) }),
      2_500,
      false,
    );
    await repairUnclosedSessions(database);
    expect((await database.answers.get(answerId))?.timing?.overtimeMs).toBe(1_500);
  });

  it('keeps an answer with no chunk at all as interrupted, with nothing to play', async () => {
    const sessionId = await records.startSession(newSession({ plan: threeTurns }));
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));
    await repairUnclosedSessions(database);
    const answer = await database.answers.get(answerId);
    expect(answer?.audio).toBeUndefined();
    expect(answer?.timing).toMatchObject({ endedBy: 'interrupted', endedAt: answer?.startedAt });
    expect(await listInterruptedInterviews(database)).toMatchObject([{ turnIndex: 0, answerCount: 0 }]);
  });

  it('keeps what the recorder did write: a summary stored before the stop is not replaced', async () => {
    const sessionId = await records.startSession(newSession({ plan: threeTurns }));
    const answerId = await recordedAnswer(records, newAnswer(sessionId, 0), 3_000, true);
    await repairUnclosedSessions(database);
    const answer = await database.answers.get(answerId);
    // recordedAnswer's summary has peaks of its own, unlike the chunks'.
    expect(numbers(answer?.audio?.peaks ?? [])).toEqual([-1, 1, -2, 2, -3, 3]);
    expect(answer?.timing?.endedBy).toBe('interrupted');
  });

  it('completes the cut-off answer of a session a storage failure already marked interrupted', async () => {
    const { sessionId, cutOffId } = await stoppedDuringSecondAnswer();
    await records.finishSession(sessionId, 'interrupted', 6_000);
    expect(await repairUnclosedSessions(database)).toBe(0);
    const answer = await database.answers.get(cutOffId);
    expect(answer?.audio?.durationMs).toBe(2_400);
    expect(answer?.timing?.endedBy).toBe('interrupted');
    expect(await database.chunkPeaks.count()).toBe(0);
    expect(await database.sessions.get(sessionId)).toMatchObject({ status: 'interrupted', endedAt: 6_000 });
  });

  it('leaves closed sessions alone', async () => {
    const finishedId = await records.startSession(newSession({ startedAt: 100 }));
    const answerId = await records.startAnswer(newAnswer(finishedId, 0));
    await records.finishSession(finishedId, 'finished', 200);
    expect(await repairUnclosedSessions(database)).toBe(0);
    expect(await database.sessions.get(finishedId)).toMatchObject({ status: 'finished', endedAt: 200 });
    expect((await database.answers.get(answerId))?.timing).toBeUndefined();
  });

  it('finishes a session that stopped after its last answer, and ends one the user had ended', async () => {
    const doneId = await records.startSession(newSession({ plan: plan([turn('Only')]) }));
    const only = await recordedAnswer(records, newAnswer(doneId, 0), 1_000);
    await records.finishAnswerTiming(only, timing());
    const abortedId = await records.startSession(newSession({ plan: threeTurns }));
    const aborted = await recordedAnswer(records, newAnswer(abortedId, 0), 1_000);
    await records.finishAnswerTiming(aborted, timing({ endedBy: 'abort' }));

    expect(await repairUnclosedSessions(database)).toBe(2);
    expect((await database.sessions.get(doneId))?.status).toBe('finished');
    expect((await database.sessions.get(abortedId))?.status).toBe('aborted');
    expect(await listInterruptedInterviews(database)).toEqual([]);
  });
});

describe('interrupted interviews', () => {
  it('lists each with the turn to resume at: the cut-off answer, or the turn after the last one that ended', async () => {
    const { sessionId: cutOff } = await stoppedDuringSecondAnswer();
    const betweenTurns = await records.startSession(newSession({ plan: threeTurns, startedAt: 2_000 }));
    const ended = await recordedAnswer(records, newAnswer(betweenTurns, 0), 1_000);
    await records.finishAnswerTiming(ended, timing({ endedAt: 9_000 }));
    await repairUnclosedSessions(database);

    const listed = await listInterruptedInterviews(database);
    expect(listed.map((i) => [i.session.id, i.turnIndex, i.answerCount, i.stoppedAt])).toEqual([
      [betweenTurns, 1, 1, 9_000],
      [cutOff, 1, 2, 5_900],
    ]);
  });

  it('resumes past the turns the interviewer had decided to leave out, and finishes when none is left', async () => {
    const fourTurns = plan(
      ['Hello', 'Design a cache', 'Go deeper?', 'Go further?'].map((text) => turn(text)),
    );
    const notNeeded = { turnIndex: 2, asked: false, reason: { kind: 'not-thin', answerMs: 60_000 } } as const;
    const stopAfter = async (answered: number, decisions: readonly TurnDecision[]) => {
      const sessionId = await records.startSession(newSession({ plan: fourTurns }));
      for (let turnIndex = 0; turnIndex <= answered; turnIndex++) {
        if (decisions.some((decision) => decision.turnIndex === turnIndex)) continue;
        const answerId = await recordedAnswer(records, newAnswer(sessionId, turnIndex), 1_000);
        await records.finishAnswerTiming(answerId, timing({ endedAt: 2_000 * (turnIndex + 1) }));
      }
      await records.keepDecisions(sessionId, decisions);
      return sessionId;
    };
    // The crash came while the last probe was asked, the first already left out: the last is asked again.
    const whileClosing = await stopAfter(1, [notNeeded]);
    // Every turn answered but the last, which the interviewer left out for time: nothing is left to ask.
    const leftForTime = {
      turnIndex: 3,
      asked: false,
      reason: { kind: 'time', leftMs: 0, neededMs: 30_000 },
    } as const;
    const atTheEnd = await stopAfter(2, [leftForTime]);
    await repairUnclosedSessions(database);

    expect((await listInterruptedInterviews(database)).map((i) => [i.session.id, i.turnIndex])).toEqual([
      [whileClosing, 3],
    ]);
    expect((await database.sessions.get(atTheEnd))?.status).toBe('finished');
  });

  it('resumes at the turn answered last when it was answered twice (resumed, then cut off again)', async () => {
    const { sessionId } = await stoppedDuringSecondAnswer();
    await repairUnclosedSessions(database);
    await records.resumeSession(sessionId);
    expect((await database.sessions.get(sessionId))?.status).toBe('in-progress');
    expect((await database.sessions.get(sessionId))?.endedAt).toBeUndefined();
    const again = await recordedAnswer(records, newAnswer(sessionId, 1, { startedAt: 20_000 }), 1_000);
    await records.finishAnswerTiming(again, timing({ endedAt: 21_000 }));
    await recordedAnswer(records, newAnswer(sessionId, 2, { startedAt: 22_000 }), 500, false);
    await repairUnclosedSessions(database);
    expect(await listInterruptedInterviews(database)).toMatchObject([{ turnIndex: 2, answerCount: 4 }]);
  });

  it('reads of each interview only its last turn, and counts its answers from its tally', async () => {
    const reads = countReads(database);
    const sixTurns = plan(
      ['Hello', 'Cache', 'Queue', 'Index', 'Shards', 'Questions?'].map((text) => turn(text)),
    );
    const sessionId = await records.startSession(newSession({ plan: sixTurns }));
    for (const turnIndex of [0, 1, 2, 3]) {
      const answerId = await recordedAnswer(records, newAnswer(sessionId, turnIndex), 2_000);
      await records.finishAnswerTiming(answerId, timing());
    }
    await recordedAnswer(records, newAnswer(sessionId, 4), 1_200, false);
    // Started, then cut off before its first chunk: stored, but with nothing recorded.
    const silent = await records.startSession(newSession({ plan: sixTurns, startedAt: 500 }));
    await records.startAnswer(newAnswer(silent, 0));
    await repairUnclosedSessions(database);
    reads.reset();

    expect(await listInterruptedInterviews(database)).toMatchObject([
      { session: { id: sessionId }, turnIndex: 4, answerCount: 5 },
      { session: { id: silent }, turnIndex: 0, answerCount: 0 },
    ]);
    // Per interview a query of the last key and one of that turn's rows: one answer each, of six stored.
    expect(reads.of('answers')).toEqual({ requests: 4, rows: 2, cursors: 0 });
    expect(reads.of('sessions')).toEqual({ requests: 1, rows: 2, cursors: 0 });
  });

  it('closes one as finished; it is no longer offered, and cannot be resumed or closed twice', async () => {
    const { sessionId } = await stoppedDuringSecondAnswer();
    await repairUnclosedSessions(database);
    await closeInterruptedInterview(sessionId, database);
    expect((await database.sessions.get(sessionId))?.status).toBe('finished');
    expect(await listInterruptedInterviews(database)).toEqual([]);
    await expect(closeInterruptedInterview(sessionId, database)).rejects.toThrow(/no longer interrupted/);
    await expect(records.resumeSession(sessionId)).rejects.toThrow(/no longer waiting/);
  });
});
