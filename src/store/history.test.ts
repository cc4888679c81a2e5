import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import { script } from '../library/testing/script-fixture.ts';
import { addPinnedNote, setAnswerRating, setSessionNotes } from './assessments.ts';
import type { VivaDatabase } from './database.ts';
import { deleteSession, listSessionSummaries, scriptsOf, summariesOfScript } from './history.ts';
import { countReads } from './testing/read-counter.ts';
import {
  audio,
  chunk,
  newAnswer,
  newSession,
  recordedAnswer,
  freshStoreEachTest,
} from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

afterEach(() => {
  vi.restoreAllMocks();
});

const sessionOf = (scriptId: string, startedAt: number) =>
  records.startSession(newSession({ script: script(scriptId), startedAt }));

const summarized = async (scriptId?: string) =>
  summariesOfScript(await listSessionSummaries(database), scriptId).map(
    ({ session, answerCount, recordedMs }) => ({
      id: session.id,
      scriptId: session.scriptId,
      answerCount,
      recordedMs,
    }),
  );

describe('listSessionSummaries', () => {
  it('lists every interview, the newest first, with its answers counted and their recordings added up', async () => {
    const older = await sessionOf('cap-theorem', 1_000);
    const newer = await sessionOf('code-review', 5_000);
    const empty = await sessionOf('cap-theorem', 3_000);
    await recordedAnswer(records, newAnswer(older, 0), 2_500);
    // Cut off mid-answer: its last chunk tells how long it is.
    await recordedAnswer(records, newAnswer(older, 1), 4_200, false);
    // Interrupted before its first chunk.
    await records.startAnswer(newAnswer(older, 2));
    await recordedAnswer(records, newAnswer(newer, 0), 60_000);

    expect(await summarized()).toEqual([
      { id: newer, scriptId: 'code-review', answerCount: 1, recordedMs: 60_000 },
      { id: empty, scriptId: 'cap-theorem', answerCount: 0, recordedMs: 0 },
      { id: older, scriptId: 'cap-theorem', answerCount: 3, recordedMs: 6_700 },
    ]);
  });

  it("takes the recorder's own duration over its last chunk's when the answer has both", async () => {
    const sessionId = await sessionOf('cap-theorem', 1_000);
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));
    await records.appendChunk(answerId, chunk(0, 950));
    await records.finishAnswerAudio(answerId, audio({ durationMs: 1_020, chunks: 1 }));

    expect((await summarized())[0]?.recordedMs).toBe(1_020);
  });

  it("lists one script's interviews, the newest first, with the whole session record", async () => {
    const first = await sessionOf('cap-theorem', 1_000);
    await sessionOf('code-review', 2_000);
    const last = await sessionOf('cap-theorem', 9_000);
    const middle = await sessionOf('cap-theorem', 4_000);

    expect((await summarized('cap-theorem')).map((s) => s.id)).toEqual([last, middle, first]);
    expect(summariesOfScript(await listSessionSummaries(database), 'cap-theorem')[0]?.session).toEqual(
      await database.sessions.get(last),
    );
    expect(await summarized('never-run')).toEqual([]);
  });

  it('reads the interviews once and no answer, and only the last chunk of an answer cut off', async () => {
    const reads = countReads(database);
    const sessionId = await sessionOf('cap-theorem', 1_000);
    for (const turnIndex of [0, 1, 2]) await recordedAnswer(records, newAnswer(sessionId, turnIndex), 3_000);
    await recordedAnswer(records, newAnswer(sessionId, 3), 4_200, false);
    await sessionOf('code-review', 2_000);
    reads.reset();

    expect(await summarized()).toHaveLength(2);
    expect(reads.of('sessions')).toEqual({ requests: 1, rows: 2, cursors: 0 });
    expect(reads.of('answers')).toEqual({ requests: 0, rows: 0, cursors: 0 });
    expect(reads.of('audioChunks')).toEqual({ requests: 1, rows: 1, cursors: 0 });
  });
});

describe('scriptsOf', () => {
  it('names every script interviewed once, by title, as its latest interview calls it', async () => {
    await records.startSession(
      newSession({ script: script('cap-theorem', { title: 'CAP, old' }), startedAt: 1 }),
    );
    await records.startSession(
      newSession({ script: script('code-review', { title: 'Code review' }), startedAt: 2 }),
    );
    await records.startSession(
      newSession({ script: script('cap-theorem', { title: 'CAP theorem' }), startedAt: 3 }),
    );

    expect(scriptsOf(await listSessionSummaries(database))).toEqual([
      { id: 'cap-theorem', title: 'CAP theorem' },
      { id: 'code-review', title: 'Code review' },
    ]);
    expect(scriptsOf([])).toEqual([]);
  });
});

describe('deleteSession', () => {
  /** A session with two recorded answers, each assessed, and its own assessment. */
  async function assessedSession(scriptId: string, startedAt: number) {
    const sessionId = await sessionOf(scriptId, startedAt);
    const answerIds = [
      await recordedAnswer(records, newAnswer(sessionId, 0), 3_000),
      await recordedAnswer(records, newAnswer(sessionId, 1), 2_000, false),
    ];
    await setAnswerRating(answerIds[0] ?? '', sessionId, 4, database);
    await addPinnedNote(answerIds[1] ?? '', sessionId, 500, 'Too slow here', database);
    await setSessionNotes(sessionId, 'Practise the opening', database);
    return { sessionId, answerIds };
  }

  /** The keys of every row that belongs to an interview, table by table. */
  const storedKeys = async () => ({
    sessions: (await database.sessions.toCollection().primaryKeys()).sort(),
    answers: (await database.answers.toCollection().primaryKeys()).sort(),
    audioChunks: (await database.audioChunks.toCollection().primaryKeys()).map((key) => key.join('/')).sort(),
    chunkPeaks: (await database.chunkPeaks.toCollection().primaryKeys()).map((key) => key.join('/')).sort(),
    answerAssessments: (await database.answerAssessments.toCollection().primaryKeys()).sort(),
    sessionAssessments: (await database.sessionAssessments.toCollection().primaryKeys()).sort(),
  });

  it("deletes the interview, its answers, their audio and its assessments, and nothing of another's", async () => {
    const doomed = await assessedSession('cap-theorem', 1_000);
    const kept = await assessedSession('cap-theorem', 2_000);
    expect((await storedKeys()).audioChunks).toHaveLength(10);
    // The peaks of each session's unfinished answer, which has no summary to hold them.
    expect((await storedKeys()).chunkPeaks).toHaveLength(4);

    await deleteSession(doomed.sessionId, database);

    const [first, second] = kept.answerIds.map(String);
    expect(await storedKeys()).toEqual({
      sessions: [kept.sessionId],
      answers: [...kept.answerIds].sort(),
      audioChunks: [
        ...[0, 1, 2].map((seq) => `${first}/${seq}`),
        ...[0, 1].map((seq) => `${second}/${seq}`),
      ].sort(),
      chunkPeaks: [0, 1].map((seq) => `${second}/${seq}`),
      answerAssessments: [...kept.answerIds].sort(),
      sessionAssessments: [kept.sessionId],
    });
  });

  it('deletes an interview without answers or assessments', async () => {
    const sessionId = await sessionOf('cap-theorem', 1_000);

    await deleteSession(sessionId, database);

    expect(await database.sessions.count()).toBe(0);
  });

  it('rejects an unknown id and deletes nothing', async () => {
    await assessedSession('cap-theorem', 1_000);
    const before = await storedKeys();

    await expect(deleteSession('missing', database)).rejects.toThrow('No session missing is stored.');

    expect(await storedKeys()).toEqual(before);
  });

  it('deletes nothing when it fails part-way, after the audio and answers were already deleted', async () => {
    const { sessionId } = await assessedSession('cap-theorem', 1_000);
    const before = await storedKeys();
    // The session row is deleted last, so this failure comes after every other delete of the transaction.
    const failing = vi.spyOn(database.sessions, 'delete').mockImplementation(() => {
      throw new Error('The disk is full.');
    });

    await expect(deleteSession(sessionId, database)).rejects.toThrow('The disk is full.');

    expect(failing).toHaveBeenCalledExactlyOnceWith(sessionId);
    expect(await storedKeys()).toEqual(before);
  });
});
