import { MicrophoneError } from './microphone.ts';
import type { MicrophoneProblem } from './microphone.ts';

const MESSAGES: Record<MicrophoneProblem, string> = {
  denied:
    'The browser blocked the microphone for Viva. Allow it in the site settings (the icon at the left of the address bar: Microphone → Allow), check that your system lets the browser use the microphone, then try again.',
  'no-device':
    'No microphone was found. Connect a microphone, or check that it is switched on and not muted in the system settings, then try again.',
  unavailable:
    'The microphone could not be started. Another app may be using it, or the device failed. Close other apps that use the microphone, reconnect it or reload the page, then try again.',
  unsupported:
    'This browser cannot record audio here. Open Viva in a current version of Chrome or Edge, at an https:// or localhost address.',
};

/** A MicrophoneError for `problem`, whose message says what happened and what to do. */
export function microphoneError(problem: MicrophoneProblem): MicrophoneError {
  return new MicrophoneError(problem, MESSAGES[problem]);
}

/** Translates what getUserMedia or the audio setup threw into a MicrophoneError. */
export function toMicrophoneError(error: unknown): MicrophoneError {
  if (error instanceof MicrophoneError) return error;
  return microphoneError(problemOf(error));
}

function problemOf(error: unknown): MicrophoneProblem {
  // Older browsers throw a plain object for OverconstrainedError, so read `name` from whatever came.
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-device';
    default:
      // NotReadableError, AbortError and anything unexpected: the device is there but would not start.
      return 'unavailable';
  }
}
