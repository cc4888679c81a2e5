import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { textWords, tokenise, type TimedWord } from './tokens.ts';

/** Where a query was said in a transcript: its moment and the words around it. */
export interface WordsFound {
  readonly startMs: number;
  /** The matched words with up to four words either side. */
  readonly snippet: string;
}

/** At most this many places per transcript: enough to see it was said, not a concordance. */
const placesPerTranscript = 3;

/**
 * The places a query was said in a transcript, in order: its words in the same order and any inflection
 * ("требования" finds "требований"), case, ё/е and punctuation aside.
 */
export function findWords(
  words: readonly TimedWord[],
  query: string,
  language: RecognitionLanguage,
): readonly WordsFound[] {
  const wanted = tokenise(textWords(query), language).map((token) => token.stem);
  if (wanted.length === 0) return [];
  const tokens = tokenise(words, language);
  const found: WordsFound[] = [];
  for (
    let start = 0;
    start + wanted.length <= tokens.length && found.length < placesPerTranscript;
    start += 1
  ) {
    if (!wanted.every((stem, offset) => tokens[start + offset]?.stem === stem)) continue;
    const first = tokens[start]?.word ?? 0;
    const last = tokens[start + wanted.length - 1]?.word ?? first;
    found.push({
      startMs: words[first]?.startMs ?? 0,
      snippet: words
        .slice(Math.max(0, first - 4), last + 5)
        .map((word) => word.text.trim())
        .join(' '),
    });
    start += wanted.length - 1;
  }
  return found;
}
