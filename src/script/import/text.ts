/** Reading the words of a line: quotes, language tags, trailing budgets, decoration, titles and ids. */
import { looksLikeDuration, parseBudget } from '../duration.ts';
import type { Budget, ScriptKind } from '../model.ts';
import type { ErrorLog } from './lines.ts';

const quotePairs: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['„', '"'],
  ['«', '»'],
  ['”', '”'],
];

/**
 * Drops quotes around the whole text, as preparation documents often quote what the interviewer says;
 * a German opening quote closed by a straight one counts, as keyboards type it that way.
 */
export function stripQuotes(text: string): string {
  const trimmed = text.trim();
  for (const [open, close] of quotePairs) {
    if (trimmed.length >= 2 && trimmed.startsWith(open) && trimmed.endsWith(close)) {
      return trimmed.slice(open.length, -close.length).trim();
    }
  }
  return trimmed;
}

const languageTagPrefix = /^\[([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\]\s*/;

/** Splits a leading `[en]` language tag from a prompt. */
export function takeLanguageTag(text: string): { readonly text: string; readonly language?: string } {
  const match = languageTagPrefix.exec(text);
  if (!match?.[1]) return { text };
  return { text: text.slice(match[0].length), language: match[1] };
}

const trailingParen = /\s*\(([^()]*)\)\s*$/;

/** Splits a trailing "(…)" from the text when `accept` says it is meant as attributes, not as words. */
export function takeTrailingParen(
  text: string,
  accept: (inner: string) => boolean,
): { readonly text: string; readonly attributes?: string } {
  const match = trailingParen.exec(text);
  if (match?.[1] === undefined || !accept(match[1])) return { text: text.trim() };
  return { text: text.slice(0, match.index).trim(), attributes: match[1].trim() };
}

/** Splits a trailing budget such as "(2m)", "(~30 sec)" or "(2-3 min)" from a line and reads it. */
export function takeTrailingBudget(
  text: string,
  line: number,
  log: ErrorLog,
): { readonly text: string; readonly budget?: Budget } {
  const split = takeTrailingParen(text, looksLikeDuration);
  if (split.attributes === undefined) return { text: split.text };
  const budget = readBudget(split.attributes, line, log);
  return budget ? { text: split.text, budget } : { text: split.text };
}

/** Reads a budget, logging the error when it cannot. */
export function readBudget(text: string, line: number, log: ErrorLog): Budget | undefined {
  const budget = parseBudget(text);
  if ('error' in budget) {
    log.add(line, budget.error);
    return undefined;
  }
  return budget;
}

/**
 * Text without its decoration: emphasis markers, and emoji or bullets at either end. Preparation
 * documents dress their headings and labels up ("### 💻 **Tech-Interview Simulation**").
 */
export function plainText(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)[*_](\S(?:.*?\S)?)[*_](?=\s|$|[.,:;!?])/gu, '$1$2')
    .replace(/^(?:[\s\p{Extended_Pictographic}•·]|\uFE0F|\u200D)+/u, '')
    .replace(/(?:[\s\p{Extended_Pictographic}]|\uFE0F|\u200D)+$/u, '')
    .trim();
}

/** The text on one line: list items, titles and headings cannot span lines. */
export const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * A short title for a question from its text: its first sentence that is a question or more than an
 * interjection ("Interessant!"), cut at a word near 60 characters.
 */
export function titleOf(text: string): string {
  const sentences = oneLine(text).split(/(?<=[.?!:])\s+/u);
  const first = sentences.find((s) => s.endsWith('?') || s.length >= 20) ?? sentences[0] ?? '';
  const sentence = first.replace(/[.?!:]$/u, '').trim();
  if (sentence.length <= 60) return sentence;
  const cut = sentence.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[,;—–-]\s*$/u, '')}…`;
}

// The Latin spelling of each Cyrillic letter, in alphabetical order; "_" for the signs that have none.
const latinSpellings = 'a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya'.split(
  ' ',
);
const cyrillicLatin = new Map(
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'
    .split('')
    .map((letter, index) => [letter, (latinSpellings[index] ?? '').replace('_', '')]),
);

/**
 * Makes an id from a title: lowercase ASCII letters and digits joined by dashes. Accents are dropped and
 * Cyrillic is transliterated, so a Russian title still gives a readable id.
 */
export function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/\p{Script=Cyrillic}/gu, (letter) => cyrillicLatin.get(letter) ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The kind of interview, from the words its title starts with. */
export function kindOf(title: string, fallback: ScriptKind = 'technical'): ScriptKind {
  const lower = title.toLowerCase();
  const kinds: readonly [string, ScriptKind][] = [
    ['system design', 'system-design'],
    ['architecture', 'architecture'],
    ['problem solving', 'problem-solving'],
    ['code review', 'code-review'],
    ['behavioral', 'behavioral'],
    ['behavioural', 'behavioral'],
    ['screening', 'screening'],
  ];
  return kinds.find(([words]) => lower.startsWith(words))?.[1] ?? fallback;
}
