import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../error-message.ts';
import { loadBuiltinSearchTexts } from './builtin.ts';
import type { LibraryEntry } from './entry.ts';

/** The entries, ready to search, or why the built-in scripts cannot be searched. */
export interface Searchable {
  readonly entries: readonly LibraryEntry[];
  readonly failure?: string;
}

/**
 * Gives the built-in entries their searchable text once `wanted` (the user searches text): that text is
 * most of the catalog, so it loads on the first search rather than with the first page.
 */
export function useBuiltinSearch(entries: readonly LibraryEntry[], wanted: boolean): Searchable {
  const [texts, setTexts] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!wanted || texts !== undefined) return;
    let current = true;
    loadBuiltinSearchTexts().then(
      (loaded) => {
        if (current) setTexts(loaded);
      },
      (error: unknown) => {
        if (current) setFailure(`The search could not be loaded: ${errorMessage(error)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, texts]);

  return useMemo(() => {
    const withTexts =
      texts === undefined
        ? entries
        : entries.map((entry) => {
            const searchText = entry.source === 'builtin' ? texts.get(entry.overview.id) : undefined;
            return searchText === undefined ? entry : { ...entry, searchText };
          });
    return failure === undefined ? { entries: withTexts } : { entries: withTexts, failure };
  }, [entries, texts, failure]);
}
