import { VivaDatabase } from './database.ts';

/** The app's database. Only src/store uses it; pages go through the store's functions and hooks. */
export const db = new VivaDatabase();
