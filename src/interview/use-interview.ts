import { useActorRef, useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { interviewActions, sameView, viewOf, type InterviewActions, type InterviewView } from './connect.ts';
import type { InterviewInput } from './machine-context.ts';
import { interviewMachine } from './machine.ts';

export interface InterviewBinding {
  readonly view: InterviewView;
  /** What the user can do, each stamped with the interview clock's time when done; `view.can` says what works now. */
  readonly act: InterviewActions;
}

/**
 * Runs one interview for as long as the component is mounted: leaving the page stops it, which closes
 * the microphone and keeps everything recorded so far.
 */
export function useInterview(input: InterviewInput): InterviewBinding {
  const actor = useActorRef(interviewMachine, { input });
  const view = useSelector(actor, viewOf, sameView);
  const { clock } = input.services;
  const act = useMemo(
    () =>
      interviewActions(
        (event) => {
          actor.send(event);
        },
        () => clock.now(),
      ),
    [actor, clock],
  );
  return { view, act };
}
