import { useSyncExternalStore } from 'react';
import { databaseHealth } from './db.ts';
import type { DatabaseState } from './database-health.ts';

const subscribe = (listener: () => void) => {
  databaseHealth.start();
  return databaseHealth.subscribe(listener);
};
const current = () => databaseHealth.current;

/** The app database's state, opening it on first use; see DatabaseState. */
export function useDatabaseState(): DatabaseState {
  return useSyncExternalStore(subscribe, current);
}
