import { VivaDatabase } from './database';

/** The app's database. Only src/store uses it; pages go through the store's functions and hooks. */
export const db = new VivaDatabase();
