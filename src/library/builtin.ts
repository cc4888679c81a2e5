import overviews from 'virtual:builtin-overviews';
import type { Script } from '../script/model.ts';
import { entryKey, type LibraryEntry } from './entry.ts';
import { sortEntries } from './sort.ts';

/** The scripts shipped in content/ as the library lists them, sorted, ready with the first page. */
export const builtinEntries: readonly LibraryEntry[] = sortEntries(
  overviews.map((overview) => ({ key: entryKey('builtin', overview.id), source: 'builtin', overview })),
);

/**
 * Loads a module once and shares it; a failed load is forgotten so a retry can work. Each of these is
 * its own chunk, so the first page's script stays small.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** The whole scripts shipped in content/, for a plan or an interview. */
export const loadBuiltinScripts: () => Promise<readonly Script[]> = once(async () => {
  return (await import('virtual:builtin-scripts')).default;
});

/** The built-in scripts' searchable texts by id, for the library's search. */
export const loadBuiltinSearchTexts: () => Promise<ReadonlyMap<string, string>> = once(async () => {
  return new Map(Object.entries((await import('virtual:builtin-search')).default));
});
