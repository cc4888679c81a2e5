// The interview machine's named parts: its types, the actors it invokes, its guards and its actions. The
// states that use them are in machine.ts (and the building blocks in machine-parts.ts). The few updates
// still written where they happen read what their own event carries (the voice speech started with, an
// actor's output or error, the tick's time): there the transition gives the event its type, which a named
// action would see only as any event of the machine.
import { assign, enqueueActions, sendTo, setup } from 'xstate';
import {
  alarmActor,
  finishSessionActor,
  listenActor,
  microphoneActor,
  speakActor,
  startSessionActor,
} from './actors.ts';
import type { InterviewEvent, RecorderCommand } from './events.ts';
import {
  clockOf,
  currentTurn,
  advanced,
  limitTime,
  mainAnswerOf,
  timingAt,
  type InterviewContext,
  type InterviewInput,
  skippedOutcome,
} from './machine-context.ts';
import { interviewGuards } from './machine-guards.ts';
import { MICROPHONE_LOST, MICROPHONE_LOST_BEFORE_START } from './machine-parts.ts';
import type { TurnEnd } from './records.ts';
import { elapsedMs, milestones, stageAt } from './timing.ts';

/** The setup the interview machine is made from: everything its states refer to by name. */
export const interviewSetup = setup({
  types: {
    context: {} as InterviewContext,
    events: {} as InterviewEvent,
    input: {} as InterviewInput,
  },
  actors: {
    speak: speakActor,
    alarm: alarmActor,
    microphone: microphoneActor,
    startSession: startSessionActor,
    finishSession: finishSessionActor,
    listen: listenActor,
  },
  guards: interviewGuards,
  actions: {
    noteMicrophoneLost: assign({ problem: { kind: 'microphone-lost', message: MICROPHONE_LOST } }),
    noteMicrophoneFailed: assign({
      problem: ({ event }) =>
        event.type === 'microphone.failed'
          ? { kind: 'microphone', problem: event.problem, message: event.message }
          : undefined,
    }),
    microphoneBack: assign({
      microphone: ({ context, event }) =>
        event.type === 'microphone.ready' ? event.microphone : context.microphone,
      problem: undefined,
    }),
    reopenMicrophone: sendTo('microphone', { type: 'microphone.retry' } satisfies RecorderCommand),
    /** Pauses recorder and answer clock together; a second pause (the device lost while paused) keeps the first's time. */
    pauseAnswer: enqueueActions(({ context, event, enqueue }) => {
      enqueue.sendTo('microphone', { type: 'record.pause' } satisfies RecorderCommand);
      const clock = clockOf(context);
      enqueue.assign({ answerClock: { ...clock, pausedAt: clock.pausedAt ?? event.at } });
    }),
    resumeAnswer: enqueueActions(({ context, event, enqueue }) => {
      enqueue.sendTo('microphone', { type: 'record.resume' } satisfies RecorderCommand);
      const clock = clockOf(context);
      const pausedMs = clock.pausedMs + event.at - (clock.pausedAt ?? event.at);
      enqueue.assign({ answerClock: { startedAt: clock.startedAt, pausedMs }, problem: undefined });
    }),
    /** Starts recording the answer to the current turn; its clock starts at the event that ended the prompt. */
    beginAnswer: enqueueActions(({ context, event, enqueue }) => {
      const askedAt = context.askedAt ?? event.at;
      enqueue.assign({
        answerClock: { startedAt: event.at, pausedMs: 0 },
        askedAt,
        stage: stageAt(milestones(currentTurn(context).budget, context.settings.timing), 0),
        sectionMarks: [],
        pendingSaves: context.pendingSaves + 1,
      });
      enqueue.sendTo('microphone', {
        type: 'record.start',
        sessionId: context.sessionId ?? '',
        turnIndex: context.turnIndex,
        turn: currentTurn(context),
        askedAt,
      } satisfies RecorderCommand);
    }),
    /** Ends the answer now; a strict limit ends it at the limit's time even when the tab woke up late. */
    endAnswer: enqueueActions(({ context, event, enqueue }, endedBy: TurnEnd) => {
      const endedAt = endedBy === 'limit' ? Math.min(event.at, limitTime(context)) : event.at;
      const timing = timingAt(context, endedAt, endedBy);
      const answerMs = elapsedMs(clockOf(context), endedAt);
      enqueue.sendTo('microphone', { type: 'record.stop', timing } satisfies RecorderCommand);
      enqueue.assign({
        outcomes: [...context.outcomes, { ...timing, turnIndex: context.turnIndex, answerMs }],
        answerClock: { ...clockOf(context), pausedAt: endedAt },
        mainAnswer: mainAnswerOf(context, endedBy, answerMs),
      });
    }),
    noteSaved: assign({ pendingSaves: ({ context }) => context.pendingSaves - 1 }),
    noteMicrophoneLostBeforeStart: assign({
      problem: { kind: 'microphone-lost', message: MICROPHONE_LOST_BEFORE_START },
    }),
    noteAborted: assign({ status: 'aborted' }),
    noteEnded: assign({ endedAt: ({ context }) => context.services.clock.now() }),
    /** A new turn starts with nothing of the last one: no prompt time, voice, answer clock or section marks. */
    clearTurn: assign({ askedAt: undefined, voice: undefined, answerClock: undefined, sectionMarks: [] }),
    /** A caption to read: it counts as asked from now, unless speech had started it already. */
    beginReading: assign({
      askedAt: ({ context }) => context.askedAt ?? context.services.clock.now(),
      voice: undefined,
    }),
    /** The interviewer listens to each main answer once. */
    noteListened: assign({ listenedTo: ({ context }) => context.turnIndex }),
    /**
     * Moves to the next turn worth asking that fits, noting what was decided about the optional ones, and
     * stores those decisions at once: a crash while the next turn is asked keeps them.
     */
    advance: enqueueActions(({ context, enqueue }) => {
      const next = advanced(context);
      enqueue.assign(next);
      if (next.decisions.length === context.decisions.length) return;
      enqueue.assign({ pendingSaves: context.pendingSaves + 1 });
      enqueue.sendTo('microphone', {
        type: 'decisions.keep',
        sessionId: context.sessionId ?? '',
        decisions: next.decisions,
      } satisfies RecorderCommand);
    }),
    /** A turn skipped before its answer began leaves no recording, only the fact that it was skipped. */
    skipUnanswered: assign(({ context, event }) => ({
      outcomes: [...context.outcomes, skippedOutcome(context.turnIndex, event.at)],
      mainAnswer: mainAnswerOf(context, 'skip', undefined),
    })),
  },
});
