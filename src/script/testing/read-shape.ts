// Reading a document in tests: the shape it was read as and its scripts, or the errors as people read them.
import { formatScriptError, readDocument } from '../parse.ts';
import type { Script } from '../model.ts';

/** The scripts of a document that must import, and the shape it was detected as. */
export function importedAs(text: string): { shape: string | undefined; scripts: readonly Script[] } {
  const reading = readDocument(text);
  if (!reading.result.ok) throw new Error(reading.result.errors.map(formatScriptError).join('\n'));
  return { shape: reading.shape?.name, scripts: reading.result.scripts };
}

/** The one script of a document that must import as one. */
export function onlyScript(text: string): Script {
  const { scripts } = importedAs(text);
  const [script] = scripts;
  if (scripts.length !== 1 || !script) throw new Error(`expected one script, found ${scripts.length}`);
  return script;
}

/** The errors of a document that must be refused. */
export function importErrors(text: string): string[] {
  const { result } = readDocument(text);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors.map(formatScriptError);
}
