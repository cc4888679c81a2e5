import type { SpeechListener } from '../speech.ts';

/** A speech listener that writes what it is told into `calls`, one line per event, for tests to compare. */
export function recorder(): { calls: string[]; listener: SpeechListener } {
  const calls: string[] = [];
  return {
    calls,
    listener: {
      started: (voice) => calls.push(`started ${voice.id}`),
      ended: () => calls.push('ended'),
      failed: (reason) => calls.push(`failed ${reason}`),
    },
  };
}
