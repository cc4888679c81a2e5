import { describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import { setAnswerNotes, toggleSessionCovered } from './assessments.ts';
import type { VivaDatabase } from './database.ts';
import { loadSessionReview } from './review.ts';
import { newAnswer, newSession, freshStoreEachTest } from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

describe('loadSessionReview', () => {
  it('gives the interview, its answers in plan order and an assessment for each, empty where none is stored', async () => {
    const sessionId = await records.startSession(newSession());
    const second = await records.startAnswer(newAnswer(sessionId, 1));
    const first = await records.startAnswer(newAnswer(sessionId, 0));
    await setAnswerNotes(second, sessionId, 'Too long', database);

    const review = await loadSessionReview(sessionId, database);

    expect(review?.session.id).toBe(sessionId);
    expect(review?.answers.map((answer) => answer.id)).toEqual([first, second]);
    expect(review?.answerAssessments).toEqual(
      new Map([
        [first, { answerId: first, sessionId, covered: [], notes: '', pins: [] }],
        [second, expect.objectContaining({ answerId: second, notes: 'Too long' }) as unknown],
      ]),
    );
    expect(review?.sessionAssessment).toEqual({ sessionId, covered: [], notes: '' });

    await toggleSessionCovered(sessionId, 'Thought out loud', database);
    expect((await loadSessionReview(sessionId, database))?.sessionAssessment.covered).toEqual([
      'Thought out loud',
    ]);
  });

  it('gives undefined for an interview that is not stored', async () => {
    expect(await loadSessionReview('missing', database)).toBeUndefined();
  });
});
