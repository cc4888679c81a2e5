import { Dexie, type EntityTable } from 'dexie';
import type { Script } from '../script/model.ts';

/** A script the user imported from their own file, kept until they delete it. */
export interface ImportedScriptRecord {
  /** The script's id: re-importing a script with the same id replaces it. */
  readonly id: string;
  readonly script: Script;
  /** The name of the file it came from, to tell the user where a script was imported from. */
  readonly fileName: string;
  /** Milliseconds since the epoch. */
  readonly importedAt: number;
}

/**
 * Viva's one IndexedDB database. Every schema change is a new `version(n)` below the ones before it,
 * so that data recorded by an older version of the app is upgraded, never lost.
 * The class is separate from its singleton (`db.ts`) so tests can open their own on fake-indexeddb.
 */
export class VivaDatabase extends Dexie {
  declare readonly importedScripts: EntityTable<ImportedScriptRecord, 'id'>;

  constructor(name = 'viva') {
    super(name);
    this.version(1).stores({ importedScripts: 'id, importedAt' });
  }
}
