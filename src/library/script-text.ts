/**
 * Checks a script as the editor holds it: Markdown in Viva's own format, read by the one parser (loaded on
 * first use, never with the first page), and an id that names no other script in the library.
 */
import type { ScriptError } from '../script/import/lines.ts';
import type { Script } from '../script/model.ts';
import type { LibraryEntry } from './entry.ts';
import { loadParser } from './import-file.ts';

export type ScriptTextCheck =
  | { readonly ok: true; readonly script: Script }
  | { readonly ok: false; readonly errors: readonly ScriptError[] };

/**
 * The script the text holds, or every error with its line. `ownId` is the id the edited script is stored
 * under (absent for one never saved): keeping it is no clash, taking another script's id is.
 */
export async function checkScriptText(
  text: string,
  library: readonly LibraryEntry[],
  ownId?: string,
): Promise<ScriptTextCheck> {
  const { readDocument } = await loadParser();
  const { result } = readDocument(text, 'viva');
  if (!result.ok) return result;
  const [script] = result.scripts;
  // The Viva format holds one script a file, and the parser refuses a file without one.
  if (script === undefined) return { ok: false, errors: [{ line: 1, message: 'no script found' }] };
  const problem = idClash(script, library, ownId);
  return problem === undefined
    ? { ok: true, script }
    : { ok: false, errors: [{ line: idLine(text), message: problem }] };
}

/** Why the script cannot be stored under its id (another script of the library has it), or undefined. */
export function idClash(
  script: Pick<Script, 'id'>,
  library: readonly LibraryEntry[],
  ownId?: string,
): string | undefined {
  if (script.id === ownId) return undefined;
  const other = library.find((entry) => entry.overview.id === script.id);
  if (other === undefined) return undefined;
  const whose = other.source === 'builtin' ? 'the built-in script' : 'your script';
  return `the id "${script.id}" is taken by ${whose} “${other.overview.title}” — choose another id`;
}

/** The line of the front matter's `id:`, where an id problem is shown; the first line when there is none. */
export function idLine(text: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => /^\s*id\s*:/i.test(line));
  return index < 0 ? 1 : index + 1;
}
