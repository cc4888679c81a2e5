/**
 * The one parser: a document → validated Scripts, in whichever shape it is written (src/script/import/).
 * Used at build time for content/ and at run time for imports. It never throws on bad input; it returns
 * every error with its line and what was expected.
 */
import { validateDraft } from './draft.ts';
import { scanFences } from './import/blocks.ts';
import { ErrorLog, LineUsage, toSourceLines, type ScriptError, type SourceLine } from './import/lines.ts';
import { shapes } from './import/registry.ts';
import type { DocumentShape } from './import/shape.ts';
import type { Script } from './model.ts';

export type { ScriptError, SourceLine } from './import/lines.ts';

export type ParseResult =
  | { readonly ok: true; readonly scripts: readonly Script[] }
  | { readonly ok: false; readonly errors: readonly ScriptError[] };

/**
 * A document as read: the shape it was read as (undefined when none recognised it), the outcome, and the
 * lines that say something but went into no script (none when the document was refused).
 */
export interface DocumentReading {
  readonly shape: Pick<DocumentShape, 'name' | 'label' | 'interprets'> | undefined;
  readonly result: ParseResult;
  readonly unused: readonly SourceLine[];
}

/** Every shape the importer reads, for choosing one by hand. */
export const documentShapes: readonly Pick<DocumentShape, 'name' | 'label'>[] = shapes.map(
  ({ name, label }) => ({ name, label }),
);

/** The shapes that recognise these lines, the surest first. */
function detectShapes(lines: readonly SourceLine[]): DocumentShape[] {
  return shapes
    .map((shape) => ({ shape, score: shape.detect(lines) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ shape }) => shape);
}

/**
 * Reads a document in the shape named by `shapeName` when the user chose one; otherwise in the surest
 * shape that finds scripts in it (a sure shape can still find none, as detection only glances at lines).
 */
export function readDocument(text: string, shapeName?: string): DocumentReading {
  const lines = toSourceLines(text);
  const firstLine = lines.find((line) => line.text.trim() !== '')?.number ?? 1;
  const candidates =
    shapeName === undefined ? detectShapes(lines) : shapes.filter((shape) => shape.name === shapeName);
  const readings = candidates.map((shape) => {
    const log = new ErrorLog();
    const usage = new LineUsage();
    return { shape, log, usage, read: shape.parse(lines, log, usage) };
  });
  const chosen = readings.find(({ read }) => read.length > 0) ?? readings[0];
  if (chosen === undefined) {
    const log = new ErrorLog();
    const expected = shapes.map((s) => s.example).join('; ');
    const unknown = shapeName === undefined ? '' : `there is no shape "${shapeName}"; `;
    log.add(firstLine, `${unknown}expected a script in one of the shapes Viva reads: ${expected}`);
    return { shape: undefined, result: failure(log), unused: [] };
  }
  const { shape, log, usage, read } = chosen;
  const reading = (result: ParseResult): DocumentReading => ({
    shape: { name: shape.name, label: shape.label, interprets: shape.interprets },
    result,
    unused: result.ok ? usage.unused(lines) : [],
  });
  if (read.length === 0 && log.errors.length === 0) {
    log.add(firstLine, `found nothing to read as ${shape.label} — expected ${shape.example}`);
  }
  // Every shape keeps code blocks whole, so one left open swallows the rest of the document.
  scanFences(lines, log);
  if (log.errors.length > 0) return reading(failure(log));
  const scripts = read.map(({ draft, lines: lineMap }) => validateDraft(draft, lineMap, log));
  const ids = new Set<string>();
  scripts.forEach((script, index) => {
    if (!script) return;
    if (ids.has(script.id)) {
      log.add(read[index]?.lines.lineOf([]) ?? firstLine, `id "${script.id}" is used twice in this file`);
    }
    ids.add(script.id);
  });
  if (log.errors.length > 0) return reading(failure(log));
  return reading({ ok: true, scripts: scripts.filter((script) => script !== undefined) });
}

/** The scripts of a document in any shape the importer reads, or every error with its line. */
export const parseScripts = (text: string): ParseResult => readDocument(text).result;

function failure(log: ErrorLog): ParseResult {
  return { ok: false, errors: [...log.errors].sort((a, b) => a.line - b.line) };
}

/** An error as people read it: `line 12: unknown duration "2 minuts" — write 90s, 2m, 1.5 minutes or 2-3m`. */
export function formatScriptError(error: ScriptError): string {
  return `line ${error.line}: ${error.message}`;
}
