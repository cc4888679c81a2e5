import type { Budget } from './model.ts';

/** What to write instead, appended to every duration error. */
export const durationAdvice = 'write 90s, 2m, 1.5 minutes or 2-3m';

const unitSeconds = new Map<string, number>();
const addUnits = (seconds: number, names: string): void => {
  for (const name of names.split(' ')) unitSeconds.set(name, seconds);
};
addUnits(1, 's sec secs second seconds sek sekunde sekunden с сек секунда секунды секунд');
addUnits(60, 'm min mins minute minutes minuten мин минута минуты минут');
addUnits(3600, 'h hr hrs hour hours std stunde stunden ч час часа часов');

const number = String.raw`\d+(?:[.,]\d+)?`;
const rangeSeparator = String.raw`\s*(?:[-–—]|to|bis|до)\s*`;
const singlePattern = new RegExp(String.raw`^(${number})\s*(\p{L}+)\.?$`, 'u');
const rangePattern = new RegExp(
  String.raw`^(${number})\s*(?:(\p{L}+)\.?)?${rangeSeparator}(${number})\s*(\p{L}+)\.?$`,
  'u',
);
/** A number, maybe a range, then one word: the shape of a duration, whatever the word. */
const durationShape = new RegExp(
  String.raw`^\d[\d.,]*\s*(?:\p{L}*\.?${rangeSeparator}\d[\d.,]*)?\s*(\p{L}+)\.?$`,
  'u',
);

/** Words and signs that make a time approximate ("~30 sec", "ca. 2 Minuten"); a budget is one anyway. */
const approximately = /^(?:~|≈|about|around|approx\.?|ca\.?|circa|etwa|ungefähr|около|примерно)\s*/iu;
const withoutApproximation = (text: string): string => text.trim().replace(approximately, '');

const toNumber = (text: string): number => Number(text.replace(',', '.'));

function unitOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : unitSeconds.get(word.toLowerCase());
}

/** A budget from text people write: `30s`, `~30 sec`, `90 seconds`, `1.5 minutes`, `2-3m`, `2–3 min`. */
export function parseBudget(text: string): Budget | { readonly error: string } {
  const trimmed = withoutApproximation(text);
  const unknown = { error: `unknown duration "${trimmed}" — ${durationAdvice}` };
  const single = singlePattern.exec(trimmed);
  if (single) {
    const unit = unitOf(single[2]);
    if (unit === undefined) return unknown;
    return limitOf(Math.round(toNumber(single[1] ?? '') * unit), trimmed);
  }
  const range = rangePattern.exec(trimmed);
  if (!range) return unknown;
  const maxUnit = unitOf(range[4]);
  const minUnit = range[2] === undefined ? maxUnit : unitOf(range[2]);
  if (maxUnit === undefined || minUnit === undefined) return unknown;
  const minSeconds = Math.round(toNumber(range[1] ?? '') * minUnit);
  const maxSeconds = Math.round(toNumber(range[3] ?? '') * maxUnit);
  if (minSeconds < 1 || maxSeconds <= minSeconds) {
    return {
      error: `"${trimmed}" is not a window — its first time must be shorter than its second, like 2-3m`,
    };
  }
  return { kind: 'window', minSeconds, maxSeconds };
}

function limitOf(seconds: number, text: string): Budget | { readonly error: string } {
  if (seconds < 1) return { error: `"${text}" is shorter than a second — ${durationAdvice}` };
  return { kind: 'limit', seconds };
}

/**
 * Whether a trailing "(…)" is meant as a duration: a number and a word that is a unit or close to one.
 * So "(2 minuts)" is read (and rejected), while "(10x, 100x)" or "(3 layers)" stay part of the text.
 */
export function looksLikeDuration(text: string): boolean {
  const word = durationShape.exec(withoutApproximation(text))?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (unitSeconds.has(word)) return true;
  if (word.length < 3) return false;
  for (const unit of unitSeconds.keys()) {
    if (unit.length >= 4 && editDistance(word, unit) <= 2) return true;
  }
  return false;
}

/** Levenshtein distance, enough to tell a misspelt unit from an ordinary word. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A budget in the shortest form the parser reads back to the same value: `90s`, `2m`, `2-3m`, `30-60s`. */
export function writeDuration(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;
}

/** A budget as the format writes it. */
export function writeBudget(budget: Budget): string {
  if (budget.kind === 'limit') return writeDuration(budget.seconds);
  const { minSeconds, maxSeconds } = budget;
  if (minSeconds % 60 === 0 && maxSeconds % 60 === 0) return `${minSeconds / 60}-${maxSeconds / 60}m`;
  return `${minSeconds}-${maxSeconds}s`;
}
