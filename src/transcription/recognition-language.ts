import { recognitionLanguages, type RecognitionLanguage } from '../platform/recognition/recognition.ts';

/** The recognition language of a BCP-47 tag (its primary subtag), or undefined for one Viva cannot transcribe. */
export function recognitionLanguage(tag: string): RecognitionLanguage | undefined {
  const primary = tag.split('-')[0]?.toLowerCase();
  return recognitionLanguages.find((language) => language === primary);
}

/** Whether a model transcribes a language: English-only models ('.en') do English alone. */
export function modelTranscribes(multilingual: boolean, language: RecognitionLanguage): boolean {
  return multilingual || language === 'en';
}

/** The languages among BCP-47 tags that Viva can transcribe, each once, in the order first met. */
export function recognitionLanguagesOf(tags: readonly string[]): RecognitionLanguage[] {
  const found = tags.map(recognitionLanguage).filter((language) => language !== undefined);
  return [...new Set(found)];
}
