import { useMemo } from 'react';
import {
  listSessionSummaries,
  scriptsOf,
  summariesOfScript,
  type ListedScript,
  type SessionSummary,
} from './history.ts';
import { useLiveLoaded } from './use-live-loaded.ts';
import { errorMessage } from '../error-message.ts';

export type SessionSummariesState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      /** The interviews of the script asked for, or all of them. */
      readonly summaries: readonly SessionSummary[];
      /** Every script with an interview, by title: what the list can be filtered by. */
      readonly scripts: readonly ListedScript[];
    }
  | { readonly status: 'error'; readonly message: string };

/** What the history hook gives a page: the state, and a way to try again after an error. */
export type SessionSummaries = SessionSummariesState & { readonly retry: () => void };

/**
 * Past interviews, the newest first, of one script or of all, with the scripts they are of; live, so a new
 * or deleted one shows at once. One read of every interview serves both, and choosing another script
 * filters what was read instead of reading again.
 */
export function useSessionSummaries(scriptId?: string): SessionSummaries {
  const { loaded, retry } = useLiveLoaded(() => listSessionSummaries(), []);
  const scripts = useMemo(() => (loaded?.ok ? scriptsOf(loaded.value) : []), [loaded]);
  return useMemo((): SessionSummaries => {
    if (!loaded) return { status: 'loading', retry };
    if (!loaded.ok)
      return {
        status: 'error',
        message: `Your interviews could not be read: ${errorMessage(loaded.error)}`,
        retry,
      };
    return { status: 'ready', summaries: summariesOfScript(loaded.value, scriptId), scripts, retry };
  }, [loaded, scriptId, scripts, retry]);
}
