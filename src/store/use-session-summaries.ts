import { useMemo } from 'react';
import { listSessionSummaries, type SessionSummary } from './history.ts';
import { useLiveLoaded } from './use-live-loaded.ts';
import { errorMessage } from '../error-message.ts';

export type SessionSummariesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly summaries: readonly SessionSummary[] }
  | { readonly status: 'error'; readonly message: string };

/** What the history hook gives a page: the state, and a way to try again after an error. */
export type SessionSummaries = SessionSummariesState & { readonly retry: () => void };

/** Past interviews, the newest first, of one script or of all; live, so a new or deleted one shows at once. */
export function useSessionSummaries(scriptId?: string): SessionSummaries {
  const { loaded, retry } = useLiveLoaded(() => listSessionSummaries({ scriptId }), [scriptId]);
  return useMemo((): SessionSummaries => {
    if (!loaded) return { status: 'loading', retry };
    if (!loaded.ok)
      return {
        status: 'error',
        message: `Your interviews could not be read: ${errorMessage(loaded.error)}`,
        retry,
      };
    return { status: 'ready', summaries: loaded.value, retry };
  }, [loaded, retry]);
}
