import { DatabaseHealth } from './database-health.ts';
import { VivaDatabase } from './database.ts';

/** The app's database. Only src/store uses it; pages go through the store's functions and hooks. */
export const db = new VivaDatabase();

/** What happens to the app's database connection, for the shell to tell the user. */
export const databaseHealth = new DatabaseHealth(db);
