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

/** What an import of notes understood, shown before anything is stored. */
export interface ImportPreview {
  readonly fileName: string;
  readonly shape: string;
  readonly scripts: readonly Script[];
}

/** Shows the user what an import understood; resolves true to store it, false to store nothing. */
export type ConfirmImport = (preview: ImportPreview) => Promise<boolean>;

const refuse = (fileName: string, reason: string, messages: readonly string[] = []): ImportOutcome => ({
  ok: false,
  fileName,
  reason,
  messages,
});

// The parser (with its schema library) is loaded on the first import or edit, not with the first page.
export const loadParser = () => import('../script/parse.ts');

/**
 * Reads a user's file, parses every script in it and stores them all, or none of them when anything
 * is wrong or the user cancels at the preview (`confirm`, asked for notes the importer interpreted).
 * Never throws: every failure comes back as an outcome the page can show.
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
  const { readDocument, formatScriptError } = parser;
  const { shape, result: parsed } = readDocument(text);
  if (!parsed.ok || !shape) {
    const reason = 'Nothing was imported. Fix these lines and import the file again:';
    return refuse(name, reason, parsed.ok ? [] : parsed.errors.map(formatScriptError));
  }
  // The parser already refuses files with no script or with one id twice.
  const preview = { fileName: name, shape: shape.label, scripts: parsed.scripts };
  if (shape.interprets && confirm && !(await confirm(preview))) {
    return refuse(name, 'Nothing was imported: the import was cancelled.');
  }
  try {
    await save(parsed.scripts, name);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return refuse(name, `Nothing was imported: the scripts could not be stored on this device${detail}.`);
  }
  return { ok: true, ...preview };
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
