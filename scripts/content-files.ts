/** Reads script files from disk through the app's one parser; shared by check:content and the build. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatScriptError, readDocument, type ParseResult, type SourceLine } from '../src/script/parse.ts';
import type { Script } from '../src/script/model.ts';

export const contentDir = resolve(import.meta.dirname, '..', 'content');

/** Every script file in content/, sorted, without its README. */
export function listContentFiles(dir = contentDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => join(dir, name));
}

export interface FileResult {
  readonly file: string;
  readonly result: ParseResult;
  /** The lines no script was read from, as the import preview lists them. */
  readonly unused: readonly SourceLine[];
}

/** Parses each file; unreadable files become an error on line 1 rather than an exception. */
export function parseFiles(files: readonly string[]): FileResult[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        file,
        result: { ok: false, errors: [{ line: 1, message: `cannot read the file: ${reason}` }] },
        unused: [],
      };
    }
    const { result, unused } = readDocument(text);
    return { file, result, unused };
  });
}

/** Every problem across the files, as `file: line N: message` lines, including ids used by two files. */
export function problemsOf(results: readonly FileResult[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const { file, result } of results) {
    const name = relative(process.cwd(), file);
    if (!result.ok) {
      problems.push(...result.errors.map((error) => `${name}: ${formatScriptError(error)}`));
      continue;
    }
    for (const script of result.scripts) {
      const owner = owners.get(script.id);
      if (owner !== undefined) problems.push(`${name}: id "${script.id}" is also used by ${owner}`);
      owners.set(script.id, name);
    }
  }
  return problems;
}

/** The scripts of every file that parsed. */
export const scriptsOf = (results: readonly FileResult[]): Script[] =>
  results.flatMap(({ result }) => (result.ok ? result.scripts : []));
