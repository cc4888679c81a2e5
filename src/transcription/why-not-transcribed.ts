import { heardSpeech } from '../insights/voice-activity.ts';
import type { AnswerRecord } from '../store/database.ts';
import { recognitionLanguage } from './recognition-language.ts';

/**
 * Why an answer is not transcribed, or undefined when it is (or will be): nothing recorded, nobody heard in
 * the recording (a recogniser would invent words for it), or a language Viva does not transcribe.
 */
export function whyNotTranscribed(answer: Pick<AnswerRecord, 'audio' | 'turn'>): string | undefined {
  if (answer.audio === undefined || answer.audio.durationMs === 0) return 'Nothing was recorded.';
  if (!heardSpeech(answer.audio.peaks))
    return 'No speech was heard in this recording: nothing to transcribe.';
  const language = recognitionLanguage(answer.turn.language);
  return language === undefined
    ? `Viva cannot transcribe this language (${answer.turn.language}).`
    : undefined;
}
