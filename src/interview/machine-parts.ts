// Building blocks of the interview machine's states: the messages of a lost microphone, a pause that waits
// for Resume (asking for the device again first when it was lost), and speech with its watchdog.
import type { InterviewContext } from './machine-context.ts';
import { speechWatchdogMs } from './timing.ts';

export const MICROPHONE_LOST =
  'The microphone stopped delivering sound: it was unplugged, switched off or blocked. The interview is ' +
  'paused, its clock stopped, and everything recorded so far is kept. Reconnect the microphone (or allow ' +
  'it again in the browser’s site settings), then press Resume.';
export const MICROPHONE_LOST_BEFORE_START =
  'The microphone stopped delivering sound: it was unplugged, switched off or blocked. Reconnect it (or ' +
  'allow it again in the browser’s site settings), then try again.';

/**
 * A paused state that waits for Resume. While the microphone is lost, Resume first asks for the device
 * again and goes on only once it is back; if it is still missing, the pause goes on with the reason shown.
 */
export function pausedUntilResumed<const Actions extends readonly string[]>(
  target: string,
  actions: Actions,
) {
  return {
    initial: 'waiting' as const,
    states: {
      waiting: {
        on: {
          'user.resume': [
            { guard: 'microphoneLost' as const, target: 'reopening', actions: 'reopenMicrophone' as const },
            { target, actions },
          ],
        },
      },
      reopening: {
        on: {
          'microphone.ready': { target, actions: ['microphoneBack' as const, ...actions] },
          'microphone.failed': { target: 'waiting', actions: 'noteMicrophoneFailed' as const },
        },
      },
    },
  };
}

interface Line {
  readonly text: string;
  readonly language: string;
}

/**
 * Speaks a line, with a watchdog alarm beside it: some engines never send the end event, and the
 * interview must not wait for it forever.
 */
export function speakingWithWatchdog(lineOf: (args: { context: InterviewContext }) => Line) {
  return [
    {
      src: 'speak' as const,
      input: ({ context }: { context: InterviewContext }) => {
        const { text, language } = lineOf({ context });
        const { speech, clock, speechOptions } = context.services;
        return { speech, clock, text, options: speechOptions(language) };
      },
    },
    {
      src: 'alarm' as const,
      input: ({ context }: { context: InterviewContext }) => {
        const { text, language } = lineOf({ context });
        const { rate } = context.services.speechOptions(language);
        return {
          clock: context.services.clock,
          alarm: 'watchdog' as const,
          afterMs: speechWatchdogMs(text, rate),
        };
      },
    },
  ];
}
