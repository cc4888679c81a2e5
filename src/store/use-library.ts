import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadBuiltinScripts } from '../library/builtin.ts';
import { entryKey, type LibraryEntry } from '../library/entry.ts';
import { sortEntries } from '../library/sort.ts';
import type { Script } from '../script/model.ts';
import type { DatabaseState } from './database-health.ts';
import { listImportedScripts } from './imported-scripts.ts';
import type { ImportedScriptRecord } from './database.ts';
import { settle, type Loaded } from './loaded.ts';
import { errorMessage } from '../error-message.ts';

export type LibraryState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly LibraryEntry[] }
  | { readonly status: 'error'; readonly message: string };

/** What the library hook gives a page: the state, and a way to try again after an error. */
export type Library = LibraryState & { readonly retry: () => void };

/** Without a database there is nothing imported to list: the built-in scripts alone. */
const nothingImported: Loaded<readonly ImportedScriptRecord[]> = { ok: true, value: [] };

/**
 * Built-in and imported scripts together, sorted, each marked with its source. Imported scripts are a
 * live query, so an import or a delete shows at once (in other tabs too). They are read once the
 * database is open; when it cannot be used the built-in scripts are listed alone (the app says why).
 */
export function useLibrary(database: DatabaseState): Library {
  const [attempt, setAttempt] = useState(0);
  const [builtin, setBuiltin] = useState<Loaded<readonly Script[]> | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void settle(loadBuiltinScripts()).then((loaded) => {
      if (current) setBuiltin(loaded);
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  // useLiveQuery rethrows a failed query during render; turning it into a value keeps the error in the page.
  const live = useLiveQuery(
    () => (database === 'open' ? settle(listImportedScripts()) : undefined),
    [attempt, database],
  );
  const imported =
    database === 'opening' || database === 'blocked' || database === 'open' ? live : nothingImported;

  const state = useMemo((): LibraryState => {
    if (builtin && !builtin.ok)
      return {
        status: 'error',
        message: `The built-in scripts did not load: ${errorMessage(builtin.error)}`,
      };
    if (imported && !imported.ok)
      return {
        status: 'error',
        message: `Your imported scripts could not be read: ${errorMessage(imported.error)}`,
      };
    if (!builtin || !imported) return { status: 'loading' };
    return { status: 'ready', entries: combine(builtin.value, imported.value) };
  }, [builtin, imported]);

  return useMemo(
    () => ({
      ...state,
      retry: () => {
        setBuiltin(undefined);
        setAttempt((n) => n + 1);
      },
    }),
    [state],
  );
}

function combine(builtin: readonly Script[], imported: readonly ImportedScriptRecord[]): LibraryEntry[] {
  return sortEntries([
    ...builtin.map((script): LibraryEntry => ({
      key: entryKey('builtin', script.id),
      source: 'builtin',
      script,
    })),
    ...imported.map(({ script, fileName, importedAt }): LibraryEntry => ({
      key: entryKey('imported', script.id),
      source: 'imported',
      script,
      imported: { fileName, importedAt },
    })),
  ]);
}
