import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { memoised } from './memo.ts';

// Snowball stemmers (the reference algorithms for these languages, as packaged for Orama): they fold
// "requirements"/"requirement", "Anforderungen"/"Anforderung" and "требования"/"требований" to one stem,
// so an answer matches a checkpoint however the words were inflected.
const stemmers: Readonly<Record<RecognitionLanguage, (word: string) => string>> = {
  en: englishStemmer,
  de: germanStemmer,
  ru: russianStemmer,
};

// Worked out once per word and language (see memo.ts).
const stemOf: Readonly<Record<RecognitionLanguage, (word: string) => string>> = {
  en: memoised(stemmers.en),
  de: memoised(stemmers.de),
  ru: memoised(stemmers.ru),
};

/** The stem of a lowercase word in a language. */
export function stem(word: string, language: RecognitionLanguage): string {
  return stemOf[language](word);
}
