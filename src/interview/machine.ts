import { assign, sendTo } from 'xstate';
import {
  clockOf,
  currentTurn,
  finishSessionInput,
  heard,
  listenInputOf,
  listeningAlarm,
  initialPlan,
  milestoneAlarm,
  startSessionInput,
} from './machine-context.ts';
import { pausedUntilResumed, speakingWithWatchdog } from './machine-parts.ts';
import { interviewSetup } from './machine-setup.ts';
import { interruptionLine, voiceSample } from './phrases.ts';
import { elapsedMs, milestones, readingTimeMs, stageAt } from './timing.ts';
import { errorMessage } from '../error-message.ts';

/**
 * The interview as a state machine: microphone check, then every turn of the plan (the interviewer
 * speaks, the candidate answers while recorded), then the session is closed. It makes no browser call:
 * its actors reach speech, microphone, clock and storage through the services in its input.
 */
export const interviewMachine = interviewSetup.createMachine({
  id: 'interview',
  context: ({ input }) => ({
    ...input,
    plan: initialPlan(input),
    turnIndex: input.resume?.turnIndex ?? 0,
    stage: 'on-time',
    sectionMarks: [],
    pendingSaves: 0,
    outcomes: [],
    decisions: input.resume?.decisions ?? [],
    status: 'finished',
  }),
  invoke: {
    id: 'microphone',
    src: 'microphone',
    input: ({ context }) => ({
      microphone: context.services.microphone,
      records: context.services.records,
      clock: context.services.clock,
      listener: context.services.listener,
    }),
  },
  on: {
    // Wherever it happens; the states that must stop for it (the check, asking, answering) handle it first.
    'microphone.ended': { actions: 'noteMicrophoneLost' },
    'recorder.saved': { actions: 'noteSaved' },
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
              actions: 'noteMicrophoneLostBeforeStart',
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
      on: { 'user.abort': { target: 'finishing', actions: 'noteAborted' } },
      states: {
        asking: {
          entry: 'clearTurn',
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
          entry: 'beginReading',
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
              actions: [{ type: 'endAnswer', params: 'abort' }, 'noteAborted'],
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
          entry: 'noteListened',
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
              actions: 'noteEnded',
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
      always: { guard: 'noSession', target: 'failed' },
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
