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

/** Whether a line says anything: one with no letter or digit (blank, a rule, a bare heading mark, emoji) does not. */
const saysSomething = (line: SourceLine): boolean => /[\p{L}\p{N}]/u.test(line.text);

/**
 * Which lines a shape read into its scripts, so that the rest can be shown to the user: notes are
 * interpreted, and a line no part of the scripts came from must not vanish without a word.
 */
export class LineUsage {
  private readonly used = new Set<number>();

  use(lines: readonly (SourceLine | number)[]): void {
    for (const line of lines) this.used.add(typeof line === 'number' ? line : line.number);
  }

  /** The lines of the document that say something and were not read into any script. */
  unused(lines: readonly SourceLine[]): SourceLine[] {
    return lines.filter((line) => !this.used.has(line.number) && saysSomething(line));
  }
}
