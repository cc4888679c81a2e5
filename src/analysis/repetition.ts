import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { isStopWord } from './checkpoint-words.ts';
import { fillerRules, hesitationSound } from './filler-rules.ts';
import { tokenise, type TimedWord, type Token } from './tokens.ts';

/** A word or phrase said again and again, as first said, with how often and when first. */
export interface Repeated {
  readonly text: string;
  readonly count: number;
  readonly firstMs: number;
}

export interface Repetition {
  /** Content words said at least `wordRepeats` times, the most frequent first. */
  readonly words: readonly Repeated[];
  /** Phrases of two to eight words said at least `phraseRepeats` times, the most frequent first. */
  readonly phrases: readonly Repeated[];
}

/** A content word said this often in one answer is worth noticing; a phrase, this often. */
const wordRepeats = 4;
const phraseRepeats = 3;
const shown = 5;
/** Phrase lengths looked for, longest first: a set phrase rarely runs longer than eight words. */
const phraseLengths = [8, 7, 6, 5, 4, 3, 2];

/** Words repetition leaves out: function words, and fillers (they are counted on their own). */
function isFillerWord(norm: string, language: RecognitionLanguage): boolean {
  return hesitationSound[language].test(norm) || fillerRules[language].some((rule) => rule.phrase === norm);
}

function tally(
  keys: readonly { readonly key: string; readonly text: string; readonly atMs: number }[],
  minimum: number,
): Repeated[] {
  const counts = new Map<string, { text: string; count: number; firstMs: number }>();
  for (const { key, text, atMs } of keys) {
    const seen = counts.get(key);
    if (seen === undefined) counts.set(key, { text, count: 1, firstMs: atMs });
    else seen.count += 1;
  }
  return [...counts.values()]
    .filter((entry) => entry.count >= minimum)
    .sort((a, b) => b.count - a.count || a.firstMs - b.firstMs);
}

/**
 * What an answer keeps coming back to: content words by stem ("cache", "caching" are one), and phrases of
 * two to eight words within a clause that hold at least one content word.
 */
export function repetitionOf(words: readonly TimedWord[], language: RecognitionLanguage): Repetition {
  const tokens = tokenise(words, language);
  const at = (token: Token) => words[token.word]?.startMs ?? 0;
  const content = (token: Token) => !isStopWord(token.norm, language) && !isFillerWord(token.norm, language);
  const single = tokens
    .filter(content)
    .map((token) => ({ key: token.stem, text: token.norm, atMs: at(token) }));
  const phrases = phraseLengths.flatMap((length) =>
    tally(
      tokens.flatMap((token, start) => {
        const run = tokens.slice(start, start + length);
        if (run.length < length || run.slice(0, -1).some((part) => part.breakAfter) || !run.some(content))
          return [];
        return [
          {
            key: run.map((part) => part.stem).join(' '),
            text: run.map((part) => part.norm).join(' '),
            atMs: at(token),
          },
        ];
      }),
      phraseRepeats,
    ),
  );
  // Longest first: a phrase inside a longer one said as often is the same repetition ("the end of" in "at
  // the end of the day").
  const kept: Repeated[] = [];
  for (const phrase of phrases)
    if (
      !kept.some((longer) => longer.count >= phrase.count && ` ${longer.text} `.includes(` ${phrase.text} `))
    )
      kept.push(phrase);
  return {
    words: tally(single, wordRepeats).slice(0, shown),
    phrases: kept.sort((a, b) => b.count - a.count || a.firstMs - b.firstMs).slice(0, shown),
  };
}
