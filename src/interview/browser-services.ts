import { createBrowserClock } from '../platform/clock/browser-clock.ts';
import { createBrowserMicrophone } from '../platform/microphone/browser-microphone.ts';
import type { Speech } from '../platform/speech/speech.ts';
import { db } from '../store/db.ts';
import { createInterviewRecords } from '../store/interview-records.ts';
import { createLiveListener } from '../transcription/live-listener.ts';
import { voiceSettingFor, type AppSettings } from '../store/settings.ts';
import type { InterviewServices } from './machine-context.ts';

/** The real services an interview runs on in the browser: the one place where they are put together. */
export function createBrowserServices(settings: AppSettings, speech: Speech): InterviewServices {
  return {
    clock: createBrowserClock(),
    speech,
    microphone: createBrowserMicrophone(),
    records: createInterviewRecords(db),
    speechOptions: (lang) => ({ lang, ...voiceSettingFor(settings, lang) }),
    // Off in Settings: nothing listens, and every follow-up is asked.
    listener: settings.transcribe ? createLiveListener(settings.listenWaitSeconds * 1000) : undefined,
  };
}
