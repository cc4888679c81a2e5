import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../store/db.ts';
import { createInterviewRecords } from '../../store/interview-records.ts';
import { repairUnclosedSessions } from '../../store/recovery.ts';
import {
  newAnswer,
  newSession,
  plan,
  recordedAnswer,
  timing,
  turn,
} from '../../store/testing/interview-fixture.ts';
import { InterruptedInterviews } from './InterruptedInterviews.tsx';

const records = createInterviewRecords(db);

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** An interview of a question and a closing, stopped in the middle of the closing's answer. */
async function interrupted(): Promise<string> {
  const sessionId = await records.startSession(
    newSession({
      plan: plan([turn('Design a cache', { questionNumber: 1 }), turn('Questions?', { phase: 'closing' })]),
    }),
  );
  const first = await recordedAnswer(records, newAnswer(sessionId, 0), 2_000);
  await records.finishAnswerTiming(first, timing());
  await recordedAnswer(records, newAnswer(sessionId, 1), 1_500, false);
  await repairUnclosedSessions(db);
  return sessionId;
}

describe('InterruptedInterviews', () => {
  it('shows where each interrupted interview stopped, with resume, close and review', async () => {
    const sessionId = await interrupted();
    render(<InterruptedInterviews />);
    const region = await screen.findByRole('region', { name: 'Interrupted interviews' });
    const item = within(region).getByRole('listitem');
    expect(item.textContent).toMatch(/stopped at Closing \(turn 2 of 2\), with 2 answers recorded/);
    expect(within(item).getByRole('link', { name: 'Resume' }).getAttribute('href')).toBe(
      `#/resume/${sessionId}`,
    );
    expect(within(item).getByRole('link', { name: 'Review what was recorded' }).getAttribute('href')).toBe(
      `#/session/${sessionId}`,
    );

    fireEvent.click(within(item).getByRole('button', { name: 'Close as finished' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Interrupted interviews' })).toBeNull();
    });
    expect((await db.sessions.get(sessionId))?.status).toBe('finished');
  });

  it('shows nothing when no interview was interrupted', async () => {
    const sessionId = await records.startSession(newSession());
    await records.finishSession(sessionId, 'finished', 5_000);
    const { container } = render(<InterruptedInterviews />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
