/**
 * The line structure every shape shares, written once: fenced code (never read as structure), headings,
 * sections, list items and prose. Each shape decides what its headings and labels mean.
 */
import type { CodeSample } from '../model.ts';
import { indentOf, isBlank, toSourceLines, type ErrorLog, type SourceLine } from './lines.ts';

const fenceOpen = /^\s*(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

/** The marker and info string if the line opens a fenced code block. */
export function fenceStart(line: string): { readonly marker: string; readonly info: string } | undefined {
  const match = fenceOpen.exec(line);
  return match ? { marker: match[1] ?? '```', info: match[2] ?? '' } : undefined;
}

/** Whether the line closes a fence opened with `marker`. */
function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === (marker[0] ?? '`').repeat(trimmed.length);
}

/** A line with whether it belongs to a fenced code block (its fence lines included). */
export interface ScannedLine {
  readonly line: SourceLine;
  readonly inFence: boolean;
}

/**
 * Marks the lines of fenced code blocks, and says which fence, if any, is still open at the end (an
 * error when a log is given).
 */
export function scanFences(
  lines: readonly SourceLine[],
  log?: ErrorLog,
): { readonly scanned: ScannedLine[]; readonly open?: { readonly marker: string; readonly line: number } } {
  const scanned: ScannedLine[] = [];
  let open: { marker: string; line: number } | undefined;
  for (const line of lines) {
    if (open) {
      scanned.push({ line, inFence: true });
      if (closesFence(line.text, open.marker)) open = undefined;
      continue;
    }
    const fence = fenceStart(line.text);
    if (fence) open = { marker: fence.marker, line: line.number };
    scanned.push({ line, inFence: fence !== undefined });
  }
  if (open) log?.add(open.line, `this code block has no closing ${open.marker}`);
  return open ? { scanned, open } : { scanned };
}

/**
 * The text with a code block it leaves open closed at its end. Notes shapes cut documents at lines that
 * may fall inside a code block, and an open fence in a model answer would swallow the rest of an export.
 */
export function closeOpenFence(text: string): string {
  const { open } = scanFences(toSourceLines(text));
  return open ? `${text}\n${open.marker}` : text;
}

/** A Markdown heading's level and text, if the line is one. */
export function headingOf(line: string): { readonly level: number; readonly text: string } | undefined {
  const match = /^(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
  return match ? { level: match[1]?.length ?? 1, text: match[2] ?? '' } : undefined;
}

/** A part of a document that starts at a line `startOf` recognises and runs until the next such line. */
export interface Section<T> {
  readonly start: T;
  readonly line: SourceLine;
  readonly body: SourceLine[];
}

/**
 * Splits lines into sections at the lines `startOf` recognises; lines inside fenced code never start one.
 * `startOf` returns null for a line that ends the current section without starting another: the lines
 * after it, up to the next section, go to `outside` with those before the first section.
 */
export function splitAt<T>(
  lines: readonly SourceLine[],
  startOf: (line: SourceLine) => T | null | undefined,
): { readonly outside: SourceLine[]; readonly sections: Section<T>[] } {
  const outside: SourceLine[] = [];
  const sections: Section<T>[] = [];
  let target = outside;
  for (const { line, inFence } of scanFences(lines).scanned) {
    const start = inFence ? undefined : startOf(line);
    if (start === null) {
      target = outside;
    } else if (start !== undefined) {
      const section = { start, line, body: [] };
      sections.push(section);
      target = section.body;
    } else {
      target.push(line);
    }
  }
  return { outside, sections };
}

const listItem = /^(\s*)(?:[-*+•]|\d+[.)])\s+(.*)$/;

/** A list item's indentation and text, if the line is one. */
export function listItemOf(line: string): { readonly indent: number; readonly text: string } | undefined {
  const match = listItem.exec(line);
  return match ? { indent: (match[1] ?? '').length, text: (match[2] ?? '').trim() } : undefined;
}

/** A list item with the lines indented under it. */
export interface ListItem {
  readonly line: number;
  readonly text: string;
  readonly below: SourceLine[];
}

/**
 * Reads list items whose marker is indented less than two spaces; more indented lines belong to the item
 * above. Any other line is an error when a log is given, and skipped otherwise.
 */
export function readItems(lines: readonly SourceLine[], log?: ErrorLog): ListItem[] {
  const items: ListItem[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const item = listItemOf(line.text);
    const current = items.at(-1);
    if (item && item.indent < 2) items.push({ line: line.number, text: item.text, below: [] });
    else if (current && indentOf(line.text) >= 2) current.below.push(line);
    else log?.add(line.number, `expected a list item ("- …" or "1. …"), found "${line.text.trim()}"`);
  }
  return items;
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
