// Lines of the editor's text as the parser numbers them, so an error's line is the line the user sees.
import type { ScriptError } from '../../script/import/lines.ts';

const lineBreak = /\r\n|\r|\n/;

export const lineCount = (text: string): number => text.split(lineBreak).length;

/** The errors' messages by line, for the gutter's marks; lines outside the text go to its last line. */
export function errorsByLine(
  errors: readonly ScriptError[],
  text: string,
): ReadonlyMap<number, readonly string[]> {
  const last = lineCount(text);
  const byLine = new Map<number, string[]>();
  for (const { line, message } of errors) {
    const at = Math.min(Math.max(line, 1), last);
    byLine.set(at, [...(byLine.get(at) ?? []), message]);
  }
  return byLine;
}

/** Where line `line` (from 1) starts in the text, as a caret offset; past the end, the end. */
export function lineStart(text: string, line: number): number {
  let offset = 0;
  const lines = text.split(/(\r\n|\r|\n)/);
  // split with a capture group alternates lines and their breaks: [line 1, break, line 2, break, …].
  for (let index = 0; index < (line - 1) * 2 && index < lines.length; index += 1) {
    offset += lines[index]?.length ?? 0;
  }
  return Math.min(offset, text.length);
}
