import type { LibraryEntry } from '../library/entry.ts';
import type { Script } from '../script/model.ts';
import type { ImportedScriptRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';

// Every function takes the database last, defaulting to the app's, so tests pass their own.

/**
 * Stores every script of one imported file, all or nothing: they are written in one transaction,
 * so if any of them cannot be stored, none is. A script whose id is already stored replaces it.
 */
export async function saveImportedScripts(
  scripts: readonly Script[],
  fileName: string,
  database: VivaDatabase = db,
): Promise<void> {
  const importedAt = Date.now();
  const records = scripts.map((script): ImportedScriptRecord => ({
    id: script.id,
    script,
    fileName,
    importedAt,
  }));
  await database.transaction('rw', database.importedScripts, async () => {
    await database.importedScripts.bulkPut(records);
  });
}

/**
 * Stores a script written or edited in the app, as an imported script. `replaces` is the id it was stored
 * under before: when the edit changed the id, the old record goes in the same transaction, so the edit is
 * a rename and never leaves both. Interviews of the old version keep their own copy of the script.
 */
export async function saveEditedScript(
  script: Script,
  fileName: string | undefined,
  replaces?: string,
  database: VivaDatabase = db,
): Promise<void> {
  const record: ImportedScriptRecord = {
    id: script.id,
    script,
    ...(fileName === undefined ? {} : { fileName }),
    importedAt: Date.now(),
  };
  await database.transaction('rw', database.importedScripts, async () => {
    if (replaces !== undefined && replaces !== script.id) await database.importedScripts.delete(replaces);
    await database.importedScripts.put(record);
  });
}

/** Removes one imported script; built-in scripts are not stored and cannot be deleted. */
export async function deleteImportedScript(id: string, database: VivaDatabase = db): Promise<void> {
  await database.importedScripts.delete(id);
}

/** Every imported script, the most recently imported first. */
export async function listImportedScripts(database: VivaDatabase = db): Promise<ImportedScriptRecord[]> {
  return database.importedScripts.orderBy('importedAt').reverse().toArray();
}

/** One imported script, or undefined when there is none with that id. */
export async function getImportedScript(
  id: string,
  database: VivaDatabase = db,
): Promise<ImportedScriptRecord | undefined> {
  return database.importedScripts.get(id);
}

/** Where an imported script came from and when, as a library entry tells it. */
export function importedFrom({
  fileName,
  importedAt,
}: ImportedScriptRecord): NonNullable<LibraryEntry['imported']> {
  return { ...(fileName === undefined ? {} : { fileName }), importedAt };
}
