/**
 * The one parser: Markdown → validated Scripts. Used at build time for content/ and at run time for
 * imports. It never throws on bad input; it returns every error with its line and what was expected.
 */
import { validateDraft } from './draft.ts';
import { ErrorLog, toSourceLines, type ScriptError } from './markdown-lines.ts';
import type { Script } from './model.ts';
import { parseAppFormat } from './parse-app-format.ts';
import { mockInterviewHeading, parseMockInterviews } from './parse-mock-interviews.ts';

export type { ScriptError } from './markdown-lines.ts';

export type ParseResult =
  | { readonly ok: true; readonly scripts: readonly Script[] }
  | { readonly ok: false; readonly errors: readonly ScriptError[] };

/** Reads a file in the app's format (one script) or the "Mock Interview" convention (one per section). */
export function parseScripts(text: string): ParseResult {
  const lines = toSourceLines(text.replace(/^\uFEFF/, ''));
  const log = new ErrorLog();
  const firstLine = lines.find((line) => line.text.trim() !== '');
  const drafts =
    firstLine?.text.trim() === '---' && firstLine.number === 1
      ? [parseAppFormat(lines, log)]
      : lines.some((line) => mockInterviewHeading.test(line.text))
        ? parseMockInterviews(lines, log)
        : [];
  if (drafts.length === 0) {
    log.add(
      firstLine?.number ?? 1,
      'expected a script: front matter starting with "---" on the first line, or "## Mock Interview 1: …" sections',
    );
  }
  if (log.errors.length > 0) return failure(log);
  const scripts = drafts.map(({ draft, lines: lineMap }) => validateDraft(draft, lineMap, log));
  const ids = new Map<string, number>();
  scripts.forEach((script, index) => {
    if (!script) return;
    const earlier = ids.get(script.id);
    if (earlier !== undefined) {
      log.add(drafts[index]?.lines.lineOf([]) ?? 1, `id "${script.id}" is used twice in this file`);
    }
    ids.set(script.id, index);
  });
  if (log.errors.length > 0) return failure(log);
  return { ok: true, scripts: scripts.filter((script) => script !== undefined) };
}

function failure(log: ErrorLog): ParseResult {
  const errors = [...log.errors].sort((a, b) => a.line - b.line);
  return { ok: false, errors };
}

/** An error as people read it: `line 12: unknown duration "2 minuts" — write 90s, 2m, 1.5 minutes or 2-3m`. */
export function formatScriptError(error: ScriptError): string {
  return `line ${error.line}: ${error.message}`;
}
