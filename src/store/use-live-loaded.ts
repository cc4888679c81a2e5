import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { settle, type Loaded } from './loaded.ts';

/** A live query's outcome (undefined while loading), and a way to run it again after a failure. */
export interface LiveLoaded<T> {
  readonly loaded: Loaded<T> | undefined;
  readonly retry: () => void;
}

/**
 * Runs `query` as a live query, again whenever `deps` change or the tables it read are written (in any
 * tab). useLiveQuery rethrows a failed query during render; settling it keeps the failure a value.
 */
export function useLiveLoaded<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveLoaded<T> {
  const [attempt, setAttempt] = useState(0);
  const loaded = useLiveQuery(() => settle(query()), [...deps, attempt]);
  return useMemo(
    () => ({
      loaded,
      retry: () => {
        setAttempt((n) => n + 1);
      },
    }),
    [loaded],
  );
}
