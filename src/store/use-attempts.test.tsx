import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { setAnswerRating } from './assessments.ts';
import { db } from './db.ts';
import { createInterviewRecords } from './interview-records.ts';
import { newAnswer, newSession, plan, recordedAnswer, turn } from './testing/interview-fixture.ts';
import { useAttempts, type Attempts } from './use-attempts.ts';

const records = createInterviewRecords(db);

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const firstAttempt = (state: Attempts) =>
  state.status === 'ready' ? state.questions[0]?.attempts[0] : undefined;

describe('useAttempts', () => {
  it("gives the script's attempts, following a new rating", async () => {
    const question = turn('Explain CAP', { questionIndex: 0 });
    const sessionId = await records.startSession(
      newSession({ startedAt: 3_000, plan: plan([turn('Hello', { phase: 'opening' }), question]) }),
    );
    const answerId = await recordedAnswer(records, newAnswer(sessionId, 1, { turn: question }), 2_000);
    const { result } = renderHook(() => useAttempts('cap-theorem'));
    expect(result.current.status).toBe('loading');

    await waitFor(() => {
      expect(result.current).toMatchObject({
        status: 'ready',
        sessions: [{ sessionId, startedAt: 3_000, totalMs: 2_000 }],
      });
    });
    expect(firstAttempt(result.current)).toMatchObject({ answerId, durationMs: 2_000 });
    expect(firstAttempt(result.current)?.rating).toBeUndefined();

    await setAnswerRating(answerId, sessionId, 3);
    await waitFor(() => {
      expect(firstAttempt(result.current)?.rating).toBe(3);
    });
  });
});
