import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { addPinnedNote, setAnswerRating, setSessionNotes } from './assessments.ts';
import { db } from './db.ts';
import { deleteSession } from './history.ts';
import { createInterviewRecords } from './interview-records.ts';
import { newAnswer, newSession } from './testing/interview-fixture.ts';
import { useSessionReview, type SessionReviewView } from './use-session-review.ts';

const records = createInterviewRecords(db);

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

function ready(view: SessionReviewView) {
  if (view.status !== 'ready') throw new Error(`The review is ${view.status}, not ready.`);
  return view;
}

describe('useSessionReview', () => {
  it('gives the interview with its answers and assessments, following every edit, until it is deleted', async () => {
    const sessionId = await records.startSession(newSession());
    const second = await records.startAnswer(newAnswer(sessionId, 1));
    const first = await records.startAnswer(newAnswer(sessionId, 0));
    const { result } = renderHook(() => useSessionReview(sessionId));
    expect(result.current.status).toBe('loading');

    await waitFor(() => {
      expect(result.current.status).toBe('ready');
    });
    const loaded = ready(result.current);
    expect(loaded.session.id).toBe(sessionId);
    expect(loaded.answers.map((answer) => answer.id)).toEqual([first, second]);
    expect(loaded.answerAssessments.get(first)).toEqual({
      answerId: first,
      sessionId,
      covered: [],
      notes: '',
      pins: [],
    });
    expect(loaded.sessionAssessment).toEqual({ sessionId, covered: [], notes: '' });

    await setAnswerRating(second, sessionId, 5);
    const pin = await addPinnedNote(second, sessionId, 1_200, 'Lost the thread');
    await setSessionNotes(sessionId, 'Better than last time');
    await waitFor(() => {
      expect(result.current).toMatchObject({ sessionAssessment: { notes: 'Better than last time' } });
    });
    expect(ready(result.current).answerAssessments.get(second)).toMatchObject({ rating: 5, pins: [pin] });

    await deleteSession(sessionId);
    await waitFor(() => {
      expect(result.current.status).toBe('missing');
    });
  });

  it('says an interview that is not stored is missing', async () => {
    const { result } = renderHook(() => useSessionReview('missing'));

    await waitFor(() => {
      expect(result.current.status).toBe('missing');
    });
  });
});
