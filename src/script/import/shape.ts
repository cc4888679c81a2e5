/** What one document shape is to the importer: a name, a way to recognise it, and a way to read it. */
import type { LineMap, ScriptDraft } from '../draft.ts';
import type { ErrorLog, LineUsage, SourceLine } from './lines.ts';

/** One script as a shape read it, before validation, with the lines its parts came from. */
export interface ReadScript {
  readonly draft: ScriptDraft;
  readonly lines: LineMap;
}

export interface DocumentShape {
  /** A stable name, for choosing the shape by hand: `star-stories`. */
  readonly name: string;
  /** The shape's name as people read it: "STAR stories". */
  readonly label: string;
  /**
   * Whether reading this shape means interpreting notes (which line is a question, which a hint), so the
   * user sees what was understood before anything is stored; Viva's own formats are read as written.
   */
  readonly interprets: boolean;
  /** What a document of this shape looks like, in a few words, for the error when nothing was found. */
  readonly example: string;
  /** How sure it is that the lines are of this shape: 0 (not at all) to 1 (certain). */
  detect(lines: readonly SourceLine[]): number;
  /**
   * The scripts of a document of this shape; whatever is missing or malformed goes to the log with its line,
   * and every line read into a script is marked in `usage`, so that the lines left over can be shown.
   */
  parse(lines: readonly SourceLine[], log: ErrorLog, usage: LineUsage): ReadScript[];
}
