import type { AppServices } from './app-services.ts';
import type { InterviewServices } from './interview/machine-context.ts';
import { db } from './store/db.ts';
import { createInterviewRecords } from './store/interview-records.ts';
import { voiceSettingFor, type AppSettings } from './store/settings.ts';
import type { InterviewPlan } from './interview/plan.ts';
import { createLiveListener } from './transcription/live-listener.ts';
import { recognitionLanguagesOf } from './transcription/recognition-language.ts';

/**
 * What one interview runs on: the app's services, with its records kept in the database (loaded with the
 * interview pages, never with the first page) and spoken and listened to as the settings say today.
 */
export function interviewServices(
  services: AppServices,
  settings: AppSettings,
  plan: InterviewPlan,
): InterviewServices {
  return {
    clock: services.clock,
    speech: services.speech,
    microphone: services.microphone,
    records: createInterviewRecords(db),
    speechOptions: (lang) => ({ lang, ...voiceSettingFor(settings, lang) }),
    // Off in Settings: nothing listens, and every follow-up is asked.
    listener: settings.transcribe
      ? createLiveListener(
          settings.listenWaitSeconds * 1000,
          services.recognition,
          recognitionLanguagesOf(plan.turns.map((turn) => turn.language)),
        )
      : undefined,
  };
}
