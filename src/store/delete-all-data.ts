import type { VivaDatabase } from './database.ts';
import { db } from './db.ts';

/**
 * Deletes everything Viva stored on this device, its whole IndexedDB database: interviews, recordings,
 * assessments, imported scripts and settings. Then opens it again, empty, so the app goes on as on a
 * first visit; opening a new database tells every live query (in every tab) to read again.
 * Other tabs holding the database close their connection when asked (Dexie's default), so the deletion
 * is not blocked by them.
 */
export async function deleteAllData(database: VivaDatabase = db): Promise<void> {
  // Left open for automatic reopening: a query that runs meanwhile opens the new, empty database.
  await database.delete({ disableAutoOpen: false });
  await database.open();
}
