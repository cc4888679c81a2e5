import { useMemo } from 'react';
import type { ScriptAttempts } from './progress.ts';
import { attemptsOfScript } from './script-attempts.ts';
import { useLiveLoaded } from './use-live-loaded.ts';
import { errorMessage } from '../error-message.ts';

export type AttemptsState =
  | { readonly status: 'loading' }
  | ({ readonly status: 'ready' } & ScriptAttempts)
  | { readonly status: 'error'; readonly message: string };

/** What the progress hook gives a page: the state, and a way to try again after an error. */
export type Attempts = AttemptsState & { readonly retry: () => void };

/** A script's attempts over time, by question and by interview; live, so a new rating shows at once. */
export function useAttempts(scriptId: string): Attempts {
  const { loaded, retry } = useLiveLoaded(() => attemptsOfScript(scriptId), [scriptId]);
  return useMemo((): Attempts => {
    if (!loaded) return { status: 'loading', retry };
    if (!loaded.ok)
      return {
        status: 'error',
        message: `Your attempts could not be read: ${errorMessage(loaded.error)}`,
        retry,
      };
    return { status: 'ready', ...loaded.value, retry };
  }, [loaded, retry]);
}
