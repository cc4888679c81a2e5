import { liveQuery } from 'dexie';
import { entryKey, type LibraryEntry } from '../library/entry.ts';
import { searchableText } from '../library/filter.ts';
import { overviewOf } from '../library/overview.ts';
import type { ImportedScriptRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { importedFrom, listImportedScripts } from './imported-scripts.ts';

/** An imported script as the library lists it. */
export function importedEntry(record: ImportedScriptRecord): LibraryEntry {
  const { script } = record;
  return {
    key: entryKey('imported', script.id),
    source: 'imported',
    overview: overviewOf(script),
    imported: importedFrom(record),
    searchText: searchableText(script),
  };
}

/**
 * Follows the imported scripts as library entries: `onEntries` with every one now, and again whenever
 * one is stored or deleted (in any tab). Returns a function that stops following.
 */
export function watchImportedEntries(
  onEntries: (entries: readonly LibraryEntry[]) => void,
  onError: (error: unknown) => void,
  database: VivaDatabase = db,
): () => void {
  const subscription = liveQuery(() => listImportedScripts(database)).subscribe({
    next: (records) => {
      onEntries(records.map(importedEntry));
    },
    error: onError,
  });
  return () => {
    subscription.unsubscribe();
  };
}
