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
  finishSessionInput,
  heard,
  listenInputOf,
  listeningAlarm,
  initialPlan,
  milestoneAlarm,
  startSessionInput,
  limitTime,
  mainAnswerOf,
  timingAt,
  type InterviewContext,
  type InterviewInput,
  skippedOutcome,
} from './machine-context.ts';
import {
  MICROPHONE_LOST,
  MICROPHONE_LOST_BEFORE_START,
  pausedUntilResumed,
  speakingWithWatchdog,
} from './machine-parts.ts';
import { interruptionLine, voiceSample } from './phrases.ts';
import type { TurnEnd } from './records.ts';
import { elapsedMs, milestones, readingTimeMs, stageAt } from './timing.ts';
import { errorMessage } from '../error-message.ts';
import { interviewGuards } from './machine-guards.ts';

/**
 * The interview as a state machine: microphone check, then every turn of the plan (the interviewer
 * speaks, the candidate answers while recorded), then the session is closed. It makes no browser call:
 * its actors reach speech, microphone, clock and storage through the services in its input.
 */
export const interviewMachine = setup({
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
    /** Moves to the next turn worth asking that fits, noting what was decided about the optional ones. */
    advance: assign(({ context }) => advanced(context)),
    /** A turn skipped before its answer began leaves no recording, only the fact that it was skipped. */
    skipUnanswered: assign(({ context, event }) => ({
      outcomes: [...context.outcomes, skippedOutcome(context.turnIndex, event.at)],
      mainAnswer: mainAnswerOf(context, 'skip', undefined),
    })),
  },
}).createMachine({
  id: 'interview',
  context: ({ input }) => ({
    ...input,
    plan: initialPlan(input),
    turnIndex: input.resume?.turnIndex ?? 0,
    stage: 'on-time',
    sectionMarks: [],
    pendingSaves: 0,
    outcomes: [],
    decisions: [],
    status: 'finished',
  }),
  invoke: {
    id: 'microphone',
    src: 'microphone',
    input: ({ context }) => ({
      microphone: context.services.microphone,
      records: context.services.records,
      clock: context.services.clock,
    }),
  },
  on: {
    // Wherever it happens; the states that must stop for it (the check, asking, answering) handle it first.
    'microphone.ended': { actions: 'noteMicrophoneLost' },
    'recorder.saved': { actions: assign({ pendingSaves: ({ context }) => context.pendingSaves - 1 }) },
    'recorder.failed': {
      target: '.stopping',
      actions: assign({
        pendingSaves: ({ context }) => Math.max(0, context.pendingSaves - 1),
        problem: ({ event }) => ({ kind: 'storage', message: event.message }),
      }),
    },
  },
  initial: 'preparing',
  states: {
    preparing: {
      initial: 'openingMicrophone',
      states: {
        openingMicrophone: {
          on: {
            'microphone.ready': { target: 'ready', actions: 'microphoneBack' },
            'microphone.failed': { target: 'microphoneFailed', actions: 'noteMicrophoneFailed' },
          },
        },
        microphoneFailed: {
          on: {
            'user.retryMicrophone': {
              target: 'openingMicrophone',
              actions: sendTo('microphone', { type: 'microphone.retry' }),
            },
          },
        },
        ready: {
          initial: 'quiet',
          on: {
            'user.start': '#interview.starting',
            'microphone.ended': {
              target: 'microphoneFailed',
              actions: assign({
                problem: { kind: 'microphone-lost', message: MICROPHONE_LOST_BEFORE_START },
              }),
            },
          },
          states: {
            quiet: { on: { 'user.testVoice': 'testingVoice' } },
            testingVoice: {
              invoke: speakingWithWatchdog(({ context }) => voiceSample(context.script.language)),
              on: {
                'speech.started': {
                  actions: assign({ voiceCheck: ({ event }) => ({ voice: event.voice }) }),
                },
                'speech.ended': 'quiet',
                'speech.failed': {
                  target: 'quiet',
                  actions: assign({ voiceCheck: ({ event }) => ({ failed: event.reason }) }),
                },
                'clock.tick': { guard: { type: 'alarmDue', params: 'watchdog' }, target: 'quiet' },
              },
            },
          },
        },
      },
    },
    starting: {
      invoke: {
        src: 'startSession',
        input: ({ context, event }) => startSessionInput(context, event),
        onDone: {
          target: 'running',
          actions: assign({
            sessionId: ({ event }) => event.output,
            startedAt: ({ context }) => context.services.clock.now(),
          }),
        },
        onError: {
          target: 'failed',
          actions: assign({
            problem: ({ event }) => ({
              kind: 'storage',
              message: errorMessage(event.error),
            }),
          }),
        },
      },
    },
    running: {
      initial: 'asking',
      on: { 'user.abort': { target: 'finishing', actions: assign({ status: 'aborted' }) } },
      states: {
        asking: {
          entry: assign({ askedAt: undefined, voice: undefined, answerClock: undefined, sectionMarks: [] }),
          // A device lost between turns: the next question waits for it rather than record silence.
          always: [
            { guard: 'microphoneLost', target: 'pausedWhileAsking' },
            { guard: 'speechOff', target: 'reading' },
          ],
          invoke: speakingWithWatchdog(({ context }) => currentTurn(context)),
          on: {
            'speech.started': {
              actions: assign({ askedAt: ({ event }) => event.at, voice: ({ event }) => event.voice }),
            },
            'speech.ended': { target: 'answering', actions: 'beginAnswer' },
            // No voice, or the engine failed: the caption stays up for a reading time instead.
            'speech.failed': 'reading',
            // The engine never said it finished: go on rather than stall the interview.
            'clock.tick': {
              guard: { type: 'alarmDue', params: 'watchdog' },
              target: 'answering',
              actions: 'beginAnswer',
            },
            'user.pause': 'pausedWhileAsking',
            'user.skip': { target: 'next', actions: 'skipUnanswered' },
            'microphone.ended': { target: 'pausedWhileAsking', actions: 'noteMicrophoneLost' },
          },
        },
        reading: {
          entry: assign({
            askedAt: ({ context }) => context.askedAt ?? context.services.clock.now(),
            voice: undefined,
          }),
          invoke: {
            src: 'alarm',
            input: ({ context }) => ({
              clock: context.services.clock,
              alarm: 'reading',
              afterMs: readingTimeMs(currentTurn(context).text),
            }),
          },
          on: {
            'clock.tick': {
              guard: { type: 'alarmDue', params: 'reading' },
              target: 'answering',
              actions: 'beginAnswer',
            },
            // Read faster than the reading time: start answering now.
            'user.done': { target: 'answering', actions: 'beginAnswer' },
            'user.pause': 'pausedWhileAsking',
            'user.skip': { target: 'next', actions: 'skipUnanswered' },
            'microphone.ended': { target: 'pausedWhileAsking', actions: 'noteMicrophoneLost' },
          },
        },
        // Speech is never paused (that breaks some engines): resuming asks the question again.
        pausedWhileAsking: pausedUntilResumed('#interview.running.asking', []),
        answering: {
          initial: 'live',
          on: {
            'user.done': { target: 'next', actions: { type: 'endAnswer', params: 'done' } },
            'user.skip': { target: 'next', actions: { type: 'endAnswer', params: 'skip' } },
            'user.abort': {
              target: '#interview.finishing',
              actions: [{ type: 'endAnswer', params: 'abort' }, assign({ status: 'aborted' })],
            },
            // The recorder hears silence from here on: pause it with the clock, whatever the answer was doing.
            'microphone.ended': { target: '.paused', actions: ['pauseAnswer', 'noteMicrophoneLost'] },
          },
          states: {
            live: {
              type: 'parallel',
              on: {
                'user.pause': { target: 'paused', actions: 'pauseAnswer' },
                'user.nextSection': {
                  guard: 'hasNextSection',
                  actions: assign({
                    sectionMarks: ({ context, event }) => [
                      ...context.sectionMarks,
                      elapsedMs(clockOf(context), event.at),
                    ],
                  }),
                },
              },
              states: {
                timing: {
                  initial: 'counting',
                  states: {
                    counting: {
                      invoke: {
                        src: 'alarm',
                        input: ({ context }) => milestoneAlarm(context),
                      },
                      on: {
                        'clock.tick': [
                          {
                            guard: 'strictLimitReached',
                            target: '#interview.running.interrupting',
                            actions: { type: 'endAnswer', params: 'limit' },
                          },
                          {
                            guard: 'milestoneRang',
                            target: 'counting',
                            reenter: true,
                            actions: assign({
                              stage: ({ context, event }) =>
                                stageAt(
                                  milestones(currentTurn(context).budget, context.settings.timing),
                                  elapsedMs(clockOf(context), event.at),
                                ),
                            }),
                          },
                        ],
                      },
                    },
                  },
                },
                voice: {
                  initial: 'silent',
                  states: {
                    silent: { on: { 'user.repeat': 'repeating' } },
                    repeating: {
                      // The answer clock keeps running while the question is repeated.
                      invoke: speakingWithWatchdog(({ context }) => currentTurn(context)),
                      on: {
                        'speech.ended': 'silent',
                        'speech.failed': 'silent',
                        'clock.tick': { guard: { type: 'alarmDue', params: 'watchdog' }, target: 'silent' },
                      },
                    },
                  },
                },
              },
            },
            paused: pausedUntilResumed('#interview.running.answering.live', ['resumeAnswer']),
          },
        },
        interrupting: {
          // Strict mode: the interviewer cuts in politely, in the script's language, and moves on.
          // Without speech the timer already shows that time is up; there is nothing to say.
          always: { guard: 'speechOff', target: 'next' },
          invoke: speakingWithWatchdog(({ context }) => interruptionLine(context.script.language)),
          on: {
            'speech.ended': 'next',
            'speech.failed': 'next',
            'clock.tick': { guard: { type: 'alarmDue', params: 'watchdog' }, target: 'next' },
            'user.skip': 'next',
          },
        },
        next: {
          always: [
            { guard: 'shouldListen', target: 'listening' },
            { guard: 'hasNextTurn', target: 'asking', actions: 'advance' },
            { target: '#interview.finishing' },
          ],
        },
        // The interviewer "thinks" while the main answer is transcribed, for at most the listener's wait; then
        // it chooses the follow-ups by what the words covered. Past the wait, or on any failure, coverage stays
        // unknown (every follow-up is asked), and leaving the state cancels the transcription.
        listening: {
          entry: assign({ listenedTo: ({ context }) => context.turnIndex }),
          invoke: {
            src: 'alarm',
            input: ({ context }) => listeningAlarm(context),
          },
          on: {
            'clock.tick': { guard: { type: 'alarmDue', params: 'listening' }, target: 'next' },
            'user.skip': 'next',
          },
          initial: 'saving',
          states: {
            saving: { always: { guard: 'noPendingSaves', target: 'hearing' } },
            hearing: {
              invoke: {
                src: 'listen',
                input: ({ context }) => {
                  const input = listenInputOf(context);
                  if (input === undefined) throw new Error('Nothing to listen to.');
                  return input;
                },
                onDone: {
                  target: '#interview.running.next',
                  actions: assign({ mainAnswer: ({ context, event }) => heard(context, event.output) }),
                },
                onError: '#interview.running.next',
              },
            },
          },
        },
      },
    },
    finishing: {
      initial: 'savingAnswers',
      states: {
        savingAnswers: {
          always: { guard: 'noPendingSaves', target: 'closingSession' },
        },
        closingSession: {
          invoke: {
            src: 'finishSession',
            input: ({ context }) => finishSessionInput(context, context.status),
            onDone: {
              target: '#interview.done',
              actions: assign({ endedAt: ({ context }) => context.services.clock.now() }),
            },
            onError: {
              target: '#interview.failed',
              actions: assign({
                problem: ({ event }) => ({
                  kind: 'storage',
                  message: errorMessage(event.error),
                }),
              }),
            },
          },
        },
      },
    },
    stopping: {
      // Storage failed mid-interview: mark the session interrupted, so History says it did not end
      // normally. Best effort: storage that just failed may refuse this too (the session then stays
      // "not finished"), and what was recorded is kept either way.
      always: { guard: ({ context }) => context.sessionId === undefined, target: 'failed' },
      invoke: {
        src: 'finishSession',
        input: ({ context }) => finishSessionInput(context, 'interrupted'),
        onDone: 'failed',
        onError: 'failed',
      },
    },
    done: { type: 'final' },
    failed: { type: 'final' },
  },
});
