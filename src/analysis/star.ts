import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { starParts, starSignals, type StarPart } from './star-signals.ts';
import { tokenise, type TimedWord, type Token } from './tokens.ts';

/** One part of a STAR story as heard: where it starts, the words that opened it, its share of the answer. */
export interface StarPartHeard {
  readonly part: StarPart;
  readonly startMs: number;
  readonly signal: string;
  /** Of the answer's time, from this part's start to the next part's (or the end). */
  readonly share: number;
}

/** The two faults coaches see most: an action part too short to show what you did, and no result. */
export type StarFault = 'no result' | 'short action' | 'no action';

export interface StarStructure {
  /** The parts heard, in the order they started. */
  readonly parts: readonly StarPartHeard[];
  readonly missing: readonly StarPart[];
  readonly faults: readonly StarFault[];
}

/** Below this share of the answer, the action part does not say enough of what the candidate did. */
const shortActionShare = 0.25;

function phraseMatches(phrase: readonly string[], tokens: readonly Token[], start: number): boolean {
  return phrase.every((word, offset) => {
    const norm = tokens[start + offset]?.norm;
    if (norm === undefined) return false;
    return word.endsWith('*') ? norm.startsWith(word.slice(0, -1)) : norm === word;
  });
}

/** Where a part's first signal is heard, and which signal it was. */
function firstSignal(part: StarPart, tokens: readonly Token[], language: RecognitionLanguage) {
  const phrases = starSignals[language][part].map((signal) => ({ signal, words: signal.split(' ') }));
  for (let index = 0; index < tokens.length; index += 1) {
    const found = phrases.find(({ words }) => phraseMatches(words, tokens, index));
    if (found !== undefined) return { index, signal: found.signal };
  }
  return undefined;
}

/**
 * Whether a behavioural answer tells a STAR story: which of Situation, Task, Action and Result are heard
 * (by the phrases that usually open them), in what order, and what share of the answer each takes.
 */
export function starOf(
  words: readonly TimedWord[],
  language: RecognitionLanguage,
  durationMs: number,
): StarStructure {
  const tokens = tokenise(words, language);
  const heard = starParts
    .map((part) => ({ part, found: firstSignal(part, tokens, language) }))
    .flatMap(({ part, found }) => {
      if (found === undefined) return [];
      const word = tokens[found.index]?.word ?? 0;
      return [{ part, startMs: words[word]?.startMs ?? 0, signal: found.signal }];
    })
    .sort((a, b) => a.startMs - b.startMs);
  const total = Math.max(1, durationMs);
  const parts = heard.map((part, index) => ({
    ...part,
    share: ((heard[index + 1]?.startMs ?? total) - part.startMs) / total,
  }));
  const missing = starParts.filter((part) => !parts.some((heardPart) => heardPart.part === part));
  const action = parts.find((part) => part.part === 'action');
  const faults: StarFault[] = [];
  if (action === undefined) faults.push('no action');
  else if (action.share < shortActionShare) faults.push('short action');
  if (missing.includes('result')) faults.push('no result');
  return { parts, missing, faults };
}
