import { useEffect, useMemo, useState } from 'react';
import { builtinEntries } from '../library/builtin.ts';
import type { LibraryEntry } from '../library/entry.ts';
import { sortEntries } from '../library/sort.ts';
import { errorMessage } from '../error-message.ts';
import type { DatabaseState } from './database-health.ts';

/** Whether the imported scripts are listed yet: being read, read, or why they could not be. */
export type ImportedState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'error'; readonly message: string };

/** What the library hook gives a page: the scripts listed now, the imported ones' state, and a retry. */
export interface Library {
  readonly entries: readonly LibraryEntry[];
  readonly imported: ImportedState;
  readonly retry: () => void;
}

type Imported = readonly LibraryEntry[] | { readonly failure: unknown } | undefined;

/**
 * Built-in and imported scripts together, sorted, each marked with its source. The built-in ones are
 * there at once (their overviews are part of the first page). Imported scripts are a live query, so an
 * import or a delete shows at once (in other tabs too); they are read, with the database code, once the
 * database is open. When it cannot be used the built-in scripts are listed alone (the app says why).
 */
export function useLibrary(database: DatabaseState): Library {
  const [attempt, setAttempt] = useState(0);
  const [imported, setImported] = useState<Imported>(undefined);

  useEffect(() => {
    if (database !== 'open') return;
    let stop: (() => void) | undefined;
    let current = true;
    import('./imported-entries.ts').then(
      ({ watchImportedEntries }) => {
        if (!current) return;
        stop = watchImportedEntries(setImported, (failure: unknown) => {
          setImported({ failure });
        });
      },
      (failure: unknown) => {
        if (current) setImported({ failure });
      },
    );
    return () => {
      current = false;
      stop?.();
      setImported(undefined);
    };
  }, [database, attempt]);

  return useMemo((): Library => {
    const retry = () => {
      setAttempt((n) => n + 1);
    };
    const waiting = database === 'opening' || database === 'blocked';
    if (waiting || (database === 'open' && imported === undefined))
      return { entries: builtinEntries, imported: { status: 'loading' }, retry };
    if (database !== 'open' || imported === undefined)
      return { entries: builtinEntries, imported: { status: 'ready' }, retry };
    if ('failure' in imported) {
      const message = `Your imported scripts could not be read: ${errorMessage(imported.failure)}`;
      return { entries: builtinEntries, imported: { status: 'error', message }, retry };
    }
    return { entries: sortEntries([...builtinEntries, ...imported]), imported: { status: 'ready' }, retry };
  }, [database, imported]);
}
