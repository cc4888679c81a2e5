import { createBrowserAppUpdates } from './platform/app-update/browser-app-updates.ts';
import type { AppUpdates } from './platform/app-update/app-updates.ts';
import { createBrowserClock } from './platform/clock/browser-clock.ts';
import type { Clock } from './platform/clock/clock.ts';
import { createBrowserLocks } from './platform/locks/browser-locks.ts';
import type { Locks } from './platform/locks/locks.ts';
import type { Microphone } from './platform/microphone/microphone.ts';
import { createBrowserRecognisers } from './platform/recognition/browser-recognisers.ts';
import type { Recognisers } from './platform/recognition/recognition.ts';
import { createBrowserSpeech } from './platform/speech/browser-speech.ts';
import type { Speech } from './platform/speech/speech.ts';
import { createBrowserStorage } from './platform/storage/browser-storage.ts';
import type { DeviceStorage } from './platform/storage/storage.ts';

/**
 * The platform services the app runs on, built once when it starts (src/main.tsx) and handed down to the
 * pages that need them: one speech engine, so voices load once; one microphone; one lock manager; the
 * recognisers.
 */
export interface AppServices {
  readonly speech: Speech;
  readonly storage: DeviceStorage;
  readonly locks: Locks;
  readonly updates: AppUpdates;
  readonly clock: Clock;
  readonly microphone: Microphone;
  /** The recognisers that transcribe answers on this device (the review, the interviewer's ears, Settings). */
  readonly recognition: Recognisers;
}

/** The browser's services: the one place where the platform's implementations are chosen. */
export function createAppServices(): AppServices {
  return {
    speech: createBrowserSpeech(),
    storage: createBrowserStorage(),
    locks: createBrowserLocks(),
    updates: createBrowserAppUpdates(),
    clock: createBrowserClock(),
    // The recorder's code (MediaRecorder, the peaks worklet) loads when a microphone is first opened, so
    // the first page stays small.
    microphone: {
      open: async () =>
        (await import('./platform/microphone/browser-microphone.ts')).createBrowserMicrophone().open(),
    },
    recognition: createBrowserRecognisers(),
  };
}
