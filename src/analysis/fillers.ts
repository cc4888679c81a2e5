import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { fillerRules, hesitationSound, type FillerRule, type FillerTier } from './filler-rules.ts';
import { tokenise, type TimedWord, type Token } from './tokens.ts';

/** A stop between two words long enough to hear: what makes "so" or "вот" a filler. */
const fillerPauseMs = 300;

export interface FillerOccurrence {
  /** As the rule writes it ("you know"), or the sound as transcribed ("umm"). */
  readonly text: string;
  readonly tier: FillerTier;
  readonly startMs: number;
  readonly endMs: number;
}

export interface FillerCount {
  readonly text: string;
  readonly count: number;
}

export interface FillerSummary {
  readonly count: number;
  /** Per 100 words of the transcript; 0 for an empty one. */
  readonly per100Words: number;
  /** Per minute of the whole answer; 0 for an empty one. */
  readonly perMinute: number;
  readonly items: readonly FillerOccurrence[];
  /** Which fillers, the most frequent first. */
  readonly byText: readonly FillerCount[];
}

function pauseAfter(tokens: readonly Token[], index: number, words: readonly TimedWord[]): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined || token.breakAfter) return true;
  if (next.word === token.word) return false;
  return (words[next.word]?.startMs ?? 0) - (words[token.word]?.endMs ?? 0) >= fillerPauseMs;
}

/** Whether a rule's phrase starts at a token and the words around it leave it a filler. */
function ruleMatches(
  rule: FillerRule,
  phrase: readonly string[],
  tokens: readonly Token[],
  start: number,
  words: readonly TimedWord[],
): boolean {
  if (!phrase.every((part, offset) => tokens[start + offset]?.norm === part)) return false;
  const before = tokens[start - 1];
  if (
    before !== undefined &&
    !before.breakAfter &&
    (rule.notAfter?.includes(before.norm) === true ||
      (rule.notAfterNumber === true && /^\d+$/u.test(before.norm)))
  )
    return false;
  const pause = pauseAfter(tokens, start + phrase.length - 1, words);
  const after = tokens[start + phrase.length];
  if (!pause && after !== undefined && rule.notBefore?.includes(after.norm) === true) return false;
  return rule.tier !== 'pause' || pause;
}

/** The fillers and hedges of an answer, by the language's rules (see filler-rules.ts). */
export function fillersOf(
  words: readonly TimedWord[],
  language: RecognitionLanguage,
  durationMs: number,
): FillerSummary {
  const tokens = tokenise(words, language);
  const rules = fillerRules[language].map((rule) => ({ rule, phrase: rule.phrase.split(' ') }));
  const items: FillerOccurrence[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    if (hesitationSound[language].test(token.norm)) {
      // "э-э-э" is one hesitation, not three: the parts of one transcribed word count once.
      let end = index;
      while (tokens[end + 1]?.word === token.word) end += 1;
      items.push(
        occurrence(words[token.word]?.text ?? token.norm, 'always', token, tokens[end] ?? token, words),
      );
      index = end + 1;
      continue;
    }
    const matched = rules.find(({ rule, phrase }) => ruleMatches(rule, phrase, tokens, index, words));
    if (matched === undefined) {
      index += 1;
      continue;
    }
    const last = tokens[index + matched.phrase.length - 1] ?? token;
    items.push(occurrence(matched.rule.phrase, matched.rule.tier, token, last, words));
    index += matched.phrase.length;
  }
  return summarise(items, words.length, durationMs);
}

function occurrence(
  text: string,
  tier: FillerTier,
  first: Token,
  last: Token,
  words: readonly TimedWord[],
): FillerOccurrence {
  return {
    text: text.replace(/[^\p{L}\p{N}\s'-]/gu, '').toLowerCase(),
    tier,
    startMs: words[first.word]?.startMs ?? 0,
    endMs: words[last.word]?.endMs ?? 0,
  };
}

function summarise(items: readonly FillerOccurrence[], wordCount: number, durationMs: number): FillerSummary {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.text, (counts.get(item.text) ?? 0) + 1);
  return {
    count: items.length,
    per100Words: wordCount === 0 ? 0 : (items.length / wordCount) * 100,
    perMinute: durationMs <= 0 ? 0 : items.length / (durationMs / 60_000),
    items,
    byText: [...counts]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
  };
}
