import { useCallback, useRef, useState } from 'react';
import type { InterviewActions, InterviewView } from '../../interview/connect.ts';

export interface AbortConfirmation {
  readonly open: boolean;
  /** Whether opening it paused an answer (so the dialog can say so). */
  readonly answerPaused: boolean;
  /** Opens "End the interview now?"; an answer being recorded is paused while the candidate decides. */
  readonly ask: () => void;
  readonly confirm: () => void;
  readonly keepGoing: () => void;
}

/**
 * Asking whether to end must not cost the candidate time: the answer's clock and recorder pause while the
 * question is open and resume on "Keep going". A question being spoken is not paused (pausing speech asks it
 * again), so the dialog opens over it.
 */
export function useAbortConfirmation(
  view: Pick<InterviewView, 'step' | 'can'>,
  act: Pick<InterviewActions, 'pause' | 'resume' | 'abort'>,
): AbortConfirmation {
  const [open, setOpen] = useState(false);
  const [answerPaused, setAnswerPaused] = useState(false);
  // A ref as well as state: the second close event must see the first one's change at once.
  const pausedForQuestion = useRef(false);
  const canPauseAnswer = view.step === 'answering' && view.can.pause;

  const ask = useCallback(() => {
    if (canPauseAnswer) {
      act.pause();
      pausedForQuestion.current = true;
    }
    setAnswerPaused(pausedForQuestion.current);
    setOpen(true);
  }, [canPauseAnswer, act]);

  const confirm = useCallback(() => {
    pausedForQuestion.current = false;
    setOpen(false);
    act.abort();
  }, [act]);

  // The dialog reports every close as a cancel, also the one after confirming: resume only what we paused.
  const keepGoing = useCallback(() => {
    setOpen(false);
    if (!pausedForQuestion.current) return;
    pausedForQuestion.current = false;
    act.resume();
  }, [act]);

  return { open, answerPaused, ask, confirm, keepGoing };
}
