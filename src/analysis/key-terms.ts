import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { isIgnoredWord } from './checkpoint-words.ts';
import { textWords, tokenise } from './tokens.ts';

/** How many key terms a model answer gives: enough to see what it rests on, few enough to read. */
const keyTermLimit = 8;
/** A German noun this long is a compound specific to the subject ("Datenpipeline"), not an everyday word. */
const longNoun = 9;

/** Whether a word as written names something: a product, a technique, a figure. */
function isName(written: string, sentenceStart: boolean, language: RecognitionLanguage): boolean {
  const capitalised = !sentenceStart && /^\p{Lu}/u.test(written);
  return (
    (language === 'ru' && /[a-z]/iu.test(written)) ||
    /\d\p{L}|\p{L}\d/u.test(written) ||
    /\p{Ll}\p{Lu}|[\p{L}\p{N}]-\p{L}/u.test(written) ||
    (language === 'en' && capitalised) ||
    (language === 'de' && capitalised && written.length >= longNoun)
  );
}

/**
 * The terms a model answer (and its hints) rests on, as written, in the order they first appear: names
 * and technical terms (a Latin word in Russian text, letters with digits such as "30ms", an inner capital
 * or a hyphen, an English word capitalised inside a sentence, a long German compound noun). Each counts
 * once, and one made only of function words or checklist verbs is none.
 */
export function keyTermsOf(texts: readonly string[], language: RecognitionLanguage): readonly string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const words = textWords(text);
    const tokens = tokenise(words, language);
    words.forEach((word, index) => {
      const written = word.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const own = tokens.filter((token) => token.word === index);
      const sentenceStart = own[0]?.sentenceStart ?? false;
      const meaningful = own.filter((token) => !isIgnoredWord(token.norm, language));
      const key = meaningful.map((token) => token.stem).join(' ');
      if (meaningful.length === 0 || seen.has(key) || !isName(written, sentenceStart, language)) return;
      seen.add(key);
      terms.push(written);
    });
  }
  return terms.slice(0, keyTermLimit);
}
