import type { Script } from '../script/model.ts';

/** Preparation documents are text; anything bigger than this is not one. */
export const maxImportBytes = 1024 * 1024;

/** The file names the picker offers; dropped files are checked by their content too. */
export const importableExtensions = ['.md', '.markdown', '.txt'] as const;

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly fileName: string;
      /** The shape the document was read as, as people read it: "STAR stories". */
      readonly shape: string;
      readonly scripts: readonly Script[];
    }
  | {
      readonly ok: false;
      readonly fileName: string;
      /** Why the file as a whole was refused. */
      readonly reason: string;
      /**
       * Line-precise problems in the file's Markdown, as people read them (`line 12: unknown duration
       * "2 minuts" — …`); formatted here so pages need not load the parser. Empty when the file was
       * refused before parsing.
       */
      readonly messages: readonly string[];
    };

/** Where an import stores its scripts; tests pass their own. */
export type SaveScripts = (scripts: readonly Script[], fileName: string) => Promise<void>;

/** A line of the document that went into no script, with its number, so that nothing vanishes unseen. */
export interface UnusedLine {
  readonly line: number;
  readonly text: string;
}

/** A shape the user may read the file as instead, and why it cannot when it cannot. */
export interface ShapeOption {
  /** The registry's name for the shape: `star-stories`. */
  readonly name: string;
  readonly label: string;
  /** The first problem reading the file as this shape, at its line (`line 1: found nothing …`). */
  readonly problem?: string;
}

/** What an import understood, shown before anything is stored. */
export interface ImportPreview {
  readonly fileName: string;
  /** The shape the file was read as, and whether reading it meant interpreting notes. */
  readonly shape: { readonly name: string; readonly label: string; readonly interprets: boolean };
  readonly scripts: readonly Script[];
  readonly unused: readonly UnusedLine[];
  /** Every shape the importer reads, in the registry's order, each saying whether it can read this file. */
  readonly shapes: readonly ShapeOption[];
  /** The same file read as the shape named: its preview, or every problem at its line. */
  readAs(shapeName: string): ImportPreview | { readonly problems: readonly string[] };
}

/** What the user chose at the preview: the shape and the scripts to store, their languages corrected. */
export interface ImportDecision {
  readonly shape: string;
  readonly scripts: readonly Script[];
}

/** Shows the user what an import understood; resolves to what to store, or undefined to store nothing. */
export type ConfirmImport = (preview: ImportPreview) => Promise<ImportDecision | undefined>;

const refuse = (fileName: string, reason: string, messages: readonly string[] = []): ImportOutcome => ({
  ok: false,
  fileName,
  reason,
  messages,
});

// The parser (with its schema library) is loaded on the first import or edit, not with the first page.
export const loadParser = () => import('../script/parse.ts');
type Parser = Awaited<ReturnType<typeof loadParser>>;

/** The file read as `shapeName` (or as the shape detected), as a preview or every problem at its line. */
function readPreview(
  parser: Parser,
  file: { readonly name: string; readonly text: string },
  options: () => readonly ShapeOption[],
  shapeName?: string,
): ImportPreview | { readonly problems: readonly string[] } {
  const { shape, result, unused } = parser.readDocument(file.text, shapeName);
  if (!result.ok || !shape) return { problems: result.ok ? [] : result.errors.map(parser.formatScriptError) };
  return {
    fileName: file.name,
    shape,
    scripts: result.scripts,
    unused: unused.map(({ number, text }) => ({ line: number, text })),
    get shapes() {
      return options();
    },
    readAs: (name) => readPreview(parser, file, options, name),
  };
}

/** Whether each shape can read the file, worked out once, when the preview first lists them. */
function shapeOptions(parser: Parser, text: string): () => readonly ShapeOption[] {
  let options: readonly ShapeOption[] | undefined;
  return () => {
    options ??= parser.documentShapes.map(({ name, label }) => {
      const { result } = parser.readDocument(text, name);
      const [problem] = result.ok ? [] : result.errors;
      return problem ? { name, label, problem: parser.formatScriptError(problem) } : { name, label };
    });
    return options;
  };
}

/**
 * Reads a user's file, parses every script in it and stores them all, or none of them when anything
 * is wrong or the user cancels at the preview (`confirm`). The preview is asked for when the importer
 * interpreted notes or left lines of the file unused; Viva's own format, read whole as written, is stored
 * at once. Never throws: every failure comes back as an outcome the page can show.
 */
export async function importScriptFile(
  file: File,
  save: SaveScripts,
  confirm?: ConfirmImport,
): Promise<ImportOutcome> {
  const { name } = file;
  if (file.size > maxImportBytes) {
    return refuse(name, `The file is ${formatMegabytes(file.size)}; scripts up to 1 MB can be imported.`);
  }
  const text = await readText(file);
  if (text === undefined) {
    return refuse(name, 'This is not a text file. Import a Markdown (.md) or text (.txt) file.');
  }
  const parser = await loadParser().catch(() => undefined);
  if (!parser) return refuse(name, 'The importer could not be loaded. Reload the page and try again.');
  const preview = readPreview(parser, { name, text }, shapeOptions(parser, text));
  if ('problems' in preview) {
    const reason = 'Nothing was imported. Fix these lines and import the file again:';
    return refuse(name, reason, preview.problems);
  }
  // The parser already refuses files with no script or with one id twice.
  const understood = preview.shape.interprets || preview.unused.length > 0;
  const decision =
    confirm && understood ? await confirm(preview) : { shape: preview.shape.label, scripts: preview.scripts };
  if (!decision) return refuse(name, 'Nothing was imported: the import was cancelled.');
  try {
    await save(decision.scripts, name);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return refuse(name, `Nothing was imported: the scripts could not be stored on this device${detail}.`);
  }
  return { ok: true, fileName: name, ...decision };
}

/** The file's text if it is UTF-8 text, otherwise undefined. */
async function readText(file: File): Promise<string | undefined> {
  const bytes = await file.arrayBuffer().catch(() => undefined);
  if (bytes === undefined) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Valid UTF-8 can still be binary; text files have no NUL characters.
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

const formatMegabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
