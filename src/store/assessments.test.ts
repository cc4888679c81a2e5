import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import {
  addPinnedNote,
  removePinnedNote,
  setAnswerNotes,
  setAnswerRating,
  setSessionNotes,
  setCovered,
  toggleSessionCovered,
} from './assessments.ts';
import type { VivaDatabase } from './database.ts';
import { createInterviewRecords } from './interview-records.ts';
import { loadSessionReview, type SessionReview } from './review.ts';
import { newAnswer, newSession, testDatabase } from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
let sessionId: string;
let answerId: string;

beforeEach(async () => {
  database = testDatabase();
  records = createInterviewRecords(database);
  sessionId = await records.startSession(newSession());
  answerId = await records.startAnswer(newAnswer(sessionId, 1));
});

afterEach(async () => {
  await database.delete();
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The interview's assessments as the review reads them, the way the app does. */
async function reviewed(): Promise<SessionReview> {
  const review = await loadSessionReview(sessionId, database);
  if (review === undefined) throw new Error(`Session ${sessionId} is not stored.`);
  return review;
}

async function answerAssessmentOf(id: string) {
  const assessment = (await reviewed()).answerAssessments.get(id);
  if (assessment === undefined) throw new Error(`Answer ${id} is not in the review.`);
  return assessment;
}

async function sessionAssessmentOf() {
  return (await reviewed()).sessionAssessment;
}

describe('answer assessments', () => {
  it('stores a rating, stamped with the time it was saved', async () => {
    const before = Date.now();
    await setAnswerRating(answerId, sessionId, 4, database);

    const stored = await answerAssessmentOf(answerId);
    expect(stored).toMatchObject({ answerId, sessionId, rating: 4, covered: [], notes: '', pins: [] });
    expect(stored.updatedAt).toBeGreaterThanOrEqual(before);
    expect(stored.updatedAt).toBeLessThanOrEqual(Date.now());

    await setAnswerRating(answerId, sessionId, 1, database);
    expect((await answerAssessmentOf(answerId)).rating).toBe(1);
  });

  it('rejects a rating that is not a whole number from 1 to 5, storing nothing', async () => {
    for (const rating of [0, 6, 2.5, -1, Number.NaN])
      await expect(setAnswerRating(answerId, sessionId, rating, database)).rejects.toThrow(
        `A rating is a whole number from 1 to 5, not ${rating}.`,
      );
    expect(await database.answerAssessments.count()).toBe(0);
  });

  it('keeps the candidate’s verdict on each checklist item, the last one winning', async () => {
    await setCovered(answerId, sessionId, 'Partition tolerance', true, database);
    await setCovered(answerId, sessionId, 'Consistency vs availability', true, database);
    await setCovered(answerId, sessionId, 'Partition tolerance', false, database);
    await setCovered(answerId, sessionId, 'Latency', false, database);

    expect(await answerAssessmentOf(answerId)).toMatchObject({
      covered: ['Consistency vs availability'],
      notCovered: ['Partition tolerance', 'Latency'],
    });
    await setCovered(answerId, sessionId, 'Latency', true, database);
    expect(await answerAssessmentOf(answerId)).toMatchObject({
      covered: ['Consistency vs availability', 'Latency'],
      notCovered: ['Partition tolerance'],
    });
    await expect(setCovered(answerId, sessionId, '  ', true, database)).rejects.toThrow(
      'A checklist item needs its text.',
    );
  });

  it('keeps free notes as written, empty ones too', async () => {
    await setAnswerNotes(answerId, sessionId, 'Started with the trade-off.\nGood.', database);
    expect((await answerAssessmentOf(answerId)).notes).toBe('Started with the trade-off.\nGood.');

    await setAnswerNotes(answerId, sessionId, '', database);
    expect((await answerAssessmentOf(answerId)).notes).toBe('');
  });

  it('pins notes to moments of the recording, in recording order, and removes one by its id', async () => {
    const late = await addPinnedNote(answerId, sessionId, 42_000, '  Rambled here ', database);
    const early = await addPinnedNote(answerId, sessionId, 0, 'Strong start', database);

    expect(late).toEqual({ id: expect.stringMatching(uuid) as unknown, atMs: 42_000, text: 'Rambled here' });
    expect(early.id).not.toBe(late.id);
    expect((await answerAssessmentOf(answerId)).pins).toEqual([early, late]);

    await removePinnedNote(answerId, late.id, database);
    expect((await answerAssessmentOf(answerId)).pins).toEqual([early]);

    // A second click on the same pin's remove button, or a pin of an answer never assessed: nothing to do.
    await removePinnedNote(answerId, late.id, database);
    const other = await records.startAnswer(newAnswer(sessionId, 2));
    await removePinnedNote(other, 'any', database);
    expect((await answerAssessmentOf(answerId)).pins).toEqual([early]);
    expect(await database.answerAssessments.get(other)).toBeUndefined();
  });

  it('rejects a pin before the recording starts or without text', async () => {
    await expect(addPinnedNote(answerId, sessionId, -1, 'Too early', database)).rejects.toThrow(
      'A note is pinned to a moment of the recording, 0 ms or later, not -1.',
    );
    await expect(addPinnedNote(answerId, sessionId, Number.NaN, 'When?', database)).rejects.toThrow(
      'not NaN',
    );
    await expect(addPinnedNote(answerId, sessionId, 1_000, ' \n', database)).rejects.toThrow(
      'A pinned note needs some text.',
    );
    expect(await database.answerAssessments.count()).toBe(0);
  });

  it('keeps every one of several edits started at once', async () => {
    const [, , pin, otherPin] = await Promise.all([
      setAnswerRating(answerId, sessionId, 3, database),
      setAnswerNotes(answerId, sessionId, 'Missed the follow-up', database),
      addPinnedNote(answerId, sessionId, 1_500, 'Pause', database),
      addPinnedNote(answerId, sessionId, 900, 'Filler words', database),
      setCovered(answerId, sessionId, 'Explained the trade-off', true, database),
    ]);

    expect(await answerAssessmentOf(answerId)).toMatchObject({
      rating: 3,
      notes: 'Missed the follow-up',
      pins: [otherPin, pin],
      covered: ['Explained the trade-off'],
    });
  });

  it('assesses only an answer stored in the session named, so no assessment is left without its answer', async () => {
    const otherSession = await records.startSession(newSession());

    await expect(setAnswerRating(answerId, otherSession, 2, database)).rejects.toThrow(
      `No answer ${answerId} is stored in session ${otherSession}.`,
    );
    await expect(setAnswerNotes('missing', sessionId, 'x', database)).rejects.toThrow(
      `No answer missing is stored in session ${sessionId}.`,
    );
    expect(await database.answerAssessments.count()).toBe(0);
  });
});

describe('session assessments', () => {
  it('keeps the general checklist and notes, both edited at once', async () => {
    const before = Date.now();
    await Promise.all([
      toggleSessionCovered(sessionId, 'Thought out loud', database),
      setSessionNotes(sessionId, 'Slow down', database),
      toggleSessionCovered(sessionId, 'Stayed within time', database),
    ]);
    await toggleSessionCovered(sessionId, 'Thought out loud', database);

    const stored = await sessionAssessmentOf();
    expect(stored).toMatchObject({ sessionId, covered: ['Stayed within time'], notes: 'Slow down' });
    expect(stored.updatedAt).toBeGreaterThanOrEqual(before);
  });

  it('rejects an unknown interview or a blank item, storing nothing', async () => {
    await expect(setSessionNotes('missing', 'x', database)).rejects.toThrow('No session missing is stored.');
    await expect(toggleSessionCovered(sessionId, '', database)).rejects.toThrow(
      'A checklist item needs its text.',
    );
    expect(await database.sessionAssessments.count()).toBe(0);
  });
});
