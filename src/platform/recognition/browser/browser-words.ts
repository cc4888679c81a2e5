import type { RecognisedWord, RecognitionLanguage } from '../recognition.ts';

/** The browser's language tags for Viva's languages: its language packs are per region. */
export const browserLanguageTags: Readonly<Record<RecognitionLanguage, string>> = {
  en: 'en-US',
  de: 'de-DE',
  ru: 'ru-RU',
};

/** A final phrase as the browser's recogniser gives it: text and confidence, no word times. */
export interface HeardPhrase {
  readonly text: string;
  readonly confidence: number;
  /** When it arrived, in ms of the answer's audio played so far. */
  readonly arrivedMs: number;
}

/** The parts of a SpeechRecognitionEvent read here (the DOM's own type, narrowed to them). */
export interface ResultsEvent {
  readonly resultIndex: number;
  readonly results: ArrayLike<{
    readonly isFinal: boolean;
    readonly length: number;
    readonly [index: number]: { readonly transcript: string; readonly confidence: number } | undefined;
  }>;
}

/** The final phrases an event brings (the results from its index on), each stamped with `arrivedMs`. */
export function finalPhrases(event: ResultsEvent, arrivedMs: number): HeardPhrase[] {
  const phrases: HeardPhrase[] = [];
  for (let index = event.resultIndex; index < event.results.length; index++) {
    const result = event.results[index];
    const best = result?.isFinal === true ? result[0] : undefined;
    if (best === undefined || best.transcript.trim() === '') continue;
    phrases.push({ text: best.transcript, confidence: best.confidence, arrivedMs });
  }
  return phrases;
}

/**
 * Words with estimated times. The browser says when a phrase was recognised, not when its words were said:
 * each phrase is taken to span from the previous phrase's arrival to its own (within the audio), and its
 * words share that span by their letter counts, so a long word gets more of it than "a".
 */
export function wordsOfPhrases(phrases: readonly HeardPhrase[], durationMs: number): RecognisedWord[] {
  const words: RecognisedWord[] = [];
  let spanStart = 0;
  for (const phrase of phrases) {
    const spanEnd = Math.min(durationMs, Math.max(spanStart, phrase.arrivedMs));
    const texts = phrase.text.split(/\s+/u).filter((text) => text !== '');
    const letters = texts.reduce((sum, text) => sum + text.length, 0);
    const confidence = Number.isFinite(phrase.confidence) ? Math.min(1, Math.max(0, phrase.confidence)) : 0;
    let lettersBefore = 0;
    for (const text of texts) {
      const at = (share: number): number => Math.round(spanStart + ((spanEnd - spanStart) * share) / letters);
      words.push({ text, startMs: at(lettersBefore), endMs: at(lettersBefore + text.length), confidence });
      lettersBefore += text.length;
    }
    spanStart = spanEnd;
  }
  return words;
}
