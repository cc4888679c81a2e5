import { useSyncExternalStore } from 'react';
import { afterPaint } from '../platform/after-paint.ts';
import { Listeners } from '../platform/listeners.ts';
import type { DatabaseHealth, DatabaseState } from './database-health.ts';

// The database code (Dexie) is not needed to paint the library, so it loads after the first paint; until
// then the state is 'opening'.
let health: DatabaseHealth | undefined;
let loading: Promise<void> | undefined;
let failed = false;
const listeners = new Listeners();

function load(): Promise<void> {
  loading ??= afterPaint()
    .then(() => import('./db.ts'))
    .then(({ databaseHealth }) => {
      health = databaseHealth;
      databaseHealth.subscribe(() => {
        listeners.emit();
      });
      databaseHealth.start();
      listeners.emit();
    })
    .catch(() => {
      // Its code could not load (the server is gone and the app is not cached): nothing can be saved,
      // which 'unavailable' says; the next subscription tries again.
      loading = undefined;
      failed = true;
      listeners.emit();
    });
  return loading;
}

const subscribe = (listener: () => void) => {
  void load();
  return listeners.add(listener);
};
const current = (): DatabaseState => health?.current ?? (failed ? 'unavailable' : 'opening');

/** The app database's state, loading its code and opening it on first use; see DatabaseState. */
export function useDatabaseState(): DatabaseState {
  return useSyncExternalStore(subscribe, current);
}
