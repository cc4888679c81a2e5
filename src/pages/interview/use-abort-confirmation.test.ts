import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { InterviewCommand, InterviewStep } from '../../interview/connect.ts';
import { useAbortConfirmation } from './use-abort-confirmation.ts';

afterEach(cleanup);

type Command = 'pause' | 'resume' | 'abort';

function confirmationDuring(step: InterviewStep, available: readonly Command[]) {
  const sent: Command[] = [];
  const can = { pause: available.includes('pause') } as Record<InterviewCommand, boolean>;
  const view = { step, can };
  const record = (command: Command) => () => {
    sent.push(command);
  };
  const actions = { pause: record('pause'), resume: record('resume'), abort: record('abort') };
  const hook = renderHook(() => useAbortConfirmation(view, actions));
  return { sent, hook };
}

describe('useAbortConfirmation', () => {
  it('pauses a running answer while the question is open and resumes it on "Keep going", once', () => {
    const { sent, hook } = confirmationDuring('answering', ['pause', 'abort']);
    act(() => {
      hook.result.current.ask();
    });
    expect(hook.result.current).toMatchObject({ open: true, answerPaused: true });
    expect(sent).toEqual(['pause']);

    // The button and then the dialog's close event both report the cancel.
    act(() => {
      hook.result.current.keepGoing();
      hook.result.current.keepGoing();
    });
    expect(hook.result.current.open).toBe(false);
    expect(sent).toEqual(['pause', 'resume']);
  });

  it('ends the interview from the pause without resuming it first', () => {
    const { sent, hook } = confirmationDuring('answering', ['pause', 'abort']);
    act(() => {
      hook.result.current.ask();
    });
    act(() => {
      hook.result.current.confirm();
      hook.result.current.keepGoing();
    });
    expect(sent).toEqual(['pause', 'abort']);
  });

  it('leaves a question being spoken alone', () => {
    const { sent, hook } = confirmationDuring('asking', ['pause', 'abort']);
    act(() => {
      hook.result.current.ask();
    });
    expect(hook.result.current).toMatchObject({ open: true, answerPaused: false });
    act(() => {
      hook.result.current.keepGoing();
    });
    expect(sent).toEqual([]);
  });
});
