import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { spokenNumber } from './spoken-numbers.ts';
import { memoised } from './memo.ts';
import { stem } from './stemming.ts';

/** A word with its time in the answer: what a transcript is made of. */
export interface TimedWord {
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** One comparable unit of a text: a word, lowercased and folded, with its stem and where it came from. */
export interface Token {
  /** Lowercase, ё folded to е, no punctuation around it. */
  readonly norm: string;
  readonly stem: string;
  /** The index of the transcript word (or text word) it came from. */
  readonly word: number;
  /** The first token of a sentence: the text's first, or after . ! or ?. */
  readonly sentenceStart: boolean;
  /** Punctuation after it that marks a break in speech: , ; : . ! ? … or a dash. */
  readonly breakAfter: boolean;
}

const sentenceEnd = /[.!?…]["»“”')\]]*$/u;
const breakPunctuation = /[,;:.!?…–—-]["»“”')\]]*$/u;

/**
 * Splits camelCase and PascalCase ("SynchronizationContext", "ConfigureAwait", "HTTPServer"), as people
 * say them; an acronym's plural ("IDs", "APIs") stays one word.
 */
function splitCamelCase(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll}{2})/gu, '$1 $2');
}

/** Lowercase, NFC, ё → е (Russian writes both for one letter; transcripts rarely keep ё). */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ё', 'е');
}

/** The words of a free text (a checkpoint, a phrase): split at spaces and dashes, untimed. */
export function textWords(text: string): readonly TimedWord[] {
  return text
    .split(/[\s—–]+/u)
    .filter((word) => word !== '')
    .map((word) => ({ text: word, startMs: 0, endMs: 0 }));
}

/**
 * The tokens of timed words: each word is split where people would pause in saying it (camelCase,
 * hyphens, slashes, brackets), number words become digits ("twenty five" → "25"), and every token is
 * stemmed in the answer's language.
 */
export function tokenise(words: readonly TimedWord[], language: RecognitionLanguage): readonly Token[] {
  // Coverage, fillers, repetition and a story's parts all read the same transcript's tokens: made once.
  const known = tokenised.get(words);
  if (known?.language === language) return known.tokens;
  const tokens = tokensOf(words, language);
  tokenised.set(words, { language, tokens });
  return tokens;
}

/** Tokens already made, by the words they were made of (a transcript's words are never changed in place). */
const tokenised = new WeakMap<
  readonly TimedWord[],
  { language: RecognitionLanguage; tokens: readonly Token[] }
>();

function tokensOf(words: readonly TimedWord[], language: RecognitionLanguage): readonly Token[] {
  const raw: { norm: string; word: number; sentenceStart: boolean; breakAfter: boolean }[] = [];
  let sentenceStart = true;
  words.forEach((word, index) => {
    const parts = partsOf(word.text);
    const trimmed = word.text.trim();
    parts.forEach((norm, partIndex) => {
      const last = partIndex === parts.length - 1;
      raw.push({
        norm,
        word: index,
        sentenceStart: sentenceStart && partIndex === 0,
        breakAfter: last && breakPunctuation.test(trimmed),
      });
    });
    if (parts.length > 0) sentenceStart = sentenceEnd.test(trimmed);
  });
  return joinNumbers(raw, language).map((token) => ({ ...token, stem: stem(token.norm, language) }));
}

/** A word's lowercase parts, split where people would pause in saying it; worked out once per spelling. */
const partsOf = memoised((text): readonly string[] =>
  normalise(splitCamelCase(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== ''),
);

type RawToken = Omit<Token, 'stem'>;

/** Runs of number words become one token holding the number's digits, so "ten" matches "10". */
function joinNumbers(tokens: readonly RawToken[], language: RecognitionLanguage): RawToken[] {
  const joined: RawToken[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index];
    if (first === undefined) break;
    const run: number[] = [];
    let end = index;
    while (end < tokens.length) {
      const value = spokenNumber(tokens[end]?.norm ?? '', language);
      if (value === undefined || (end > index && tokens[end - 1]?.breakAfter === true)) break;
      run.push(value);
      end += 1;
    }
    if (run.length === 0) {
      joined.push(first);
      index += 1;
    } else {
      const last = tokens[end - 1] ?? first;
      joined.push({ ...first, norm: String(combineNumbers(run)), breakAfter: last.breakAfter });
      index = end;
    }
  }
  return joined;
}

/** "twenty" "five" → 25, "two" "hundred" → 200, "three" "thousand" "ten" → 3010. */
function combineNumbers(values: readonly number[]): number {
  let total = 0;
  let current = 0;
  for (const value of values) {
    if (value === 100) current = (current === 0 ? 1 : current) * 100;
    else if (value >= 1000) {
      total += (current === 0 ? 1 : current) * value;
      current = 0;
    } else current += value;
  }
  return total + current;
}
