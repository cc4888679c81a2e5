import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { InterviewStep } from '../../interview/connect.ts';
import type { UserEventType } from '../../interview/events.ts';
import { useAbortConfirmation } from './use-abort-confirmation.ts';

afterEach(cleanup);

function confirmationDuring(step: InterviewStep, available: readonly UserEventType[]) {
  const sent: UserEventType[] = [];
  const view = { step, available: new Set(available) };
  const hook = renderHook(() =>
    useAbortConfirmation(view, (type) => {
      sent.push(type);
    }),
  );
  return { sent, hook };
}

describe('useAbortConfirmation', () => {
  it('pauses a running answer while the question is open and resumes it on "Keep going", once', () => {
    const { sent, hook } = confirmationDuring('answering', ['user.pause', 'user.abort']);
    act(() => {
      hook.result.current.ask();
    });
    expect(hook.result.current).toMatchObject({ open: true, answerPaused: true });
    expect(sent).toEqual(['user.pause']);

    // The button and then the dialog's close event both report the cancel.
    act(() => {
      hook.result.current.keepGoing();
      hook.result.current.keepGoing();
    });
    expect(hook.result.current.open).toBe(false);
    expect(sent).toEqual(['user.pause', 'user.resume']);
  });

  it('ends the interview from the pause without resuming it first', () => {
    const { sent, hook } = confirmationDuring('answering', ['user.pause', 'user.abort']);
    act(() => {
      hook.result.current.ask();
    });
    act(() => {
      hook.result.current.confirm();
      hook.result.current.keepGoing();
    });
    expect(sent).toEqual(['user.pause', 'user.abort']);
  });

  it('leaves a question being spoken alone', () => {
    const { sent, hook } = confirmationDuring('asking', ['user.pause', 'user.abort']);
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
