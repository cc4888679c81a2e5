import { useActorRef, useSelector } from '@xstate/react';
import { useCallback } from 'react';
import { sameView, viewOf, type InterviewView } from './connect.ts';
import type { UserEventType } from './events.ts';
import type { InterviewInput } from './machine-context.ts';
import { interviewMachine } from './machine.ts';

export interface InterviewBinding {
  readonly view: InterviewView;
  /** Sends what the user did, stamped with the interview clock's time. */
  readonly send: (type: UserEventType) => void;
}

/**
 * Runs one interview for as long as the component is mounted: leaving the page stops it, which closes
 * the microphone and keeps everything recorded so far.
 */
export function useInterview(input: InterviewInput): InterviewBinding {
  const actor = useActorRef(interviewMachine, { input });
  const view = useSelector(actor, viewOf, sameView);
  const { clock } = input.services;
  const send = useCallback(
    (type: UserEventType) => {
      actor.send({ type, at: clock.now() });
    },
    [actor, clock],
  );
  return { view, send };
}
