/**
 * Line-level reading shared by both script conventions. Both are line-oriented by design (headings,
 * bold labels, list items, fences), so reading lines directly keeps every error's line number exact.
 */
import { looksLikeDuration, parseBudget } from './duration.ts';
import type { Budget, CodeSample } from './model.ts';

/** One line of the source with its 1-based number. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

/** A problem in a script file, at the line where it was found. */
export interface ScriptError {
  readonly line: number;
  readonly message: string;
}

/** Collects errors instead of throwing, so a file reports all its problems at once. */
export class ErrorLog {
  readonly errors: ScriptError[] = [];
  add(line: number, message: string): void {
    this.errors.push({ line, message });
  }
}

export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line }));
}

export const isBlank = (line: SourceLine): boolean => line.text.trim() === '';

const fenceOpen = /^\s*(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

/** The marker and info string if the line opens a fenced code block. */
export function fenceStart(line: string): { readonly marker: string; readonly info: string } | undefined {
  const match = fenceOpen.exec(line);
  return match ? { marker: match[1] ?? '```', info: match[2] ?? '' } : undefined;
}

/** Whether the line closes a fence opened with `marker`. */
export function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === (marker[0] ?? '`').repeat(trimmed.length);
}

const listItem = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;

/** A list item's indentation and text, if the line is one. */
export function listItemOf(line: string): { readonly indent: number; readonly text: string } | undefined {
  const match = listItem.exec(line);
  return match ? { indent: (match[1] ?? '').length, text: (match[2] ?? '').trim() } : undefined;
}

export const indentOf = (line: string): number => line.length - line.trimStart().length;

const quotePairs: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['”', '”'],
];

/** Drops quotes around the whole text, as preparation documents often quote what the interviewer says. */
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

/** Splits a trailing budget such as "(2m)" or "(2-3 min)" from a line and reads it. */
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

/** Joins prose lines into paragraphs: lines with spaces, paragraphs with a blank line. */
export function joinParagraphs(lines: readonly SourceLine[]): string {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (isBlank(line)) paragraphs.push([]);
    else paragraphs.at(-1)?.push(line.text.trim());
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(' '))
    .join('\n\n');
}

/** Keeps free text as written (lists, line breaks), dropping only surrounding and repeated blank lines. */
export function joinVerbatim(lines: readonly string[]): string {
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Makes an id from a title: lowercase ASCII letters and digits joined by dashes. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The one fenced code block among `lines` (blank lines around it allowed), or an error at `line`. */
export function readCodeBlock(
  lines: readonly SourceLine[],
  line: number,
  where: string,
  log: ErrorLog,
): CodeSample | undefined {
  const content = lines.filter((l) => !isBlank(l));
  const first = content[0];
  const last = content.at(-1);
  const fence = first ? fenceStart(first.text) : undefined;
  if (!first || !last || !fence || content.length < 2 || !closesFence(last.text, fence.marker)) {
    log.add(first?.number ?? line, `expected one fenced code block (\`\`\`) ${where}`);
    return undefined;
  }
  const inner = lines.slice(lines.indexOf(first) + 1, lines.lastIndexOf(last));
  return { language: fence.info, source: inner.map((l) => l.text).join('\n') };
}
