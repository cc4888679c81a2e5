// The interview machine's guards: pure questions about its context and the event being handled.
import type { InterviewEvent } from './events.ts';
import {
  currentTurn,
  elapsedOf,
  limitTime,
  nextOf,
  shouldListen,
  type InterviewContext,
} from './machine-context.ts';

interface GuardArgs {
  readonly context: InterviewContext;
  readonly event: InterviewEvent;
}

export const interviewGuards = {
  speechOff: ({ context }: GuardArgs) => !context.settings.speech,
  hasNextTurn: ({ context }: GuardArgs) =>
    nextOf(context, context.turnIndex, elapsedOf(context)).turnIndex !== undefined,
  noPendingSaves: ({ context }: GuardArgs) => context.pendingSaves === 0,
  shouldListen: ({ context }: GuardArgs) => shouldListen(context),
  alarmDue: ({ event }: GuardArgs, alarm: 'watchdog' | 'reading' | 'listening') =>
    event.type === 'clock.tick' && event.alarm === alarm && event.at >= event.deadline,
  strictLimitReached: ({ context, event }: GuardArgs) => {
    if (event.type !== 'clock.tick' || context.settings.timing !== 'strict') return false;
    return event.at >= limitTime(context);
  },
  milestoneRang: ({ event }: GuardArgs) => event.type === 'clock.tick' && event.alarm === 'milestone',
  hasNextSection: ({ context }: GuardArgs) =>
    context.sectionMarks.length + 1 < currentTurn(context).sections.length,
  /** The device ended and has not come back (a failed reopen leaves a 'microphone' problem). */
  microphoneLost: ({ context }: GuardArgs) =>
    context.problem?.kind === 'microphone-lost' || context.problem?.kind === 'microphone',
  /** The session was never stored: there is nothing to mark as interrupted. */
  noSession: ({ context }: GuardArgs) => context.sessionId === undefined,
};
