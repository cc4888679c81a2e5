import { useEffect, useMemo, useState } from 'react';
import { loadBuiltinScripts } from '../library/builtin.ts';
import { entryKey, type LibraryEntry, type ScriptSource } from '../library/entry.ts';
import type { Script } from '../script/model.ts';
import { errorMessage } from '../error-message.ts';
import type { DatabaseState } from './database-health.ts';
import { getImportedScript, importedFrom } from './imported-scripts.ts';
import { settle, type Loaded } from './loaded.ts';
import { useLiveLoaded } from './use-live-loaded.ts';

/** One whole script, for its plan, its interview or its progress. */
export interface ScriptEntry {
  readonly key: string;
  readonly source: ScriptSource;
  readonly script: Script;
  /** For imported scripts: the file they came from (none when written in the editor) and when. */
  readonly imported?: LibraryEntry['imported'];
}

export type ScriptState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entry: ScriptEntry }
  | { readonly status: 'missing' }
  | { readonly status: 'error'; readonly message: string };

/**
 * The script with this id from this source; without a source, the built-in one, else the imported one
 * (as a review finds the script an interview was of). Built-in scripts come from their catalog, loaded on
 * first use; imported ones are a live query, so a deleted script goes missing at once. They are read once
 * the database is open; when it cannot be used there are none.
 */
export function useScript(
  database: DatabaseState,
  source: ScriptSource | undefined,
  id: string,
): ScriptState {
  const [builtin, setBuiltin] = useState<Loaded<readonly Script[]> | undefined>(undefined);
  useEffect(() => {
    if (source === 'imported') return;
    let current = true;
    void settle(loadBuiltinScripts()).then((loaded) => {
      if (current) setBuiltin(loaded);
    });
    return () => {
      current = false;
    };
  }, [source]);

  const open = database === 'open';
  // Null when not read; a live query may hold its last result for a moment after its deps change.
  const { loaded: imported } = useLiveLoaded(
    async () => (open && source !== 'builtin' ? { record: await getImportedScript(id) } : null),
    [open, source, id],
  );

  return useMemo((): ScriptState => {
    if (source !== 'imported') {
      if (builtin === undefined) return { status: 'loading' };
      if (!builtin.ok)
        return {
          status: 'error',
          message: `The built-in scripts did not load: ${errorMessage(builtin.error)}`,
        };
      const script = builtin.value.find((s) => s.id === id);
      if (script)
        return { status: 'ready', entry: { key: entryKey('builtin', id), source: 'builtin', script } };
      if (source === 'builtin') return { status: 'missing' };
    }
    if (database === 'opening' || database === 'blocked') return { status: 'loading' };
    if (!open) return { status: 'missing' };
    if (imported === undefined || (imported.ok && imported.value === null)) return { status: 'loading' };
    if (!imported.ok)
      return {
        status: 'error',
        message: `Your imported scripts could not be read: ${errorMessage(imported.error)}`,
      };
    const record = imported.value?.record;
    if (record === undefined) return { status: 'missing' };
    const { script } = record;
    return {
      status: 'ready',
      entry: {
        key: entryKey('imported', id),
        source: 'imported',
        script,
        imported: importedFrom(record),
      },
    };
  }, [builtin, imported, database, open, source, id]);
}
