/**
 * A document as every shape reads it: numbered lines and the errors found in them. Documents are read line
 * by line (headings, labels, list items, fences) so that every error names its exact line.
 */

/** One line of the source with its 1-based number. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

/** A problem in a document, at the line where it was found. */
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

/** The text's lines, numbered from 1; a byte-order mark is not part of the first line. */
export function toSourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line }));
}

export const isBlank = (line: SourceLine): boolean => line.text.trim() === '';

export const indentOf = (line: string): number => line.length - line.trimStart().length;
