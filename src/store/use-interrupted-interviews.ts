import { useMemo } from 'react';
import { errorMessage } from '../error-message.ts';
import {
  listInterruptedInterviews,
  loadInterruptedInterview,
  type InterruptedInterview,
} from './recovery.ts';
import { useLiveLoaded } from './use-live-loaded.ts';

export type InterruptedInterviewsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly interviews: readonly InterruptedInterview[] }
  | { readonly status: 'error'; readonly message: string };

/** Interviews waiting to be resumed or closed, live: one resumed or closed in any tab leaves at once. */
export function useInterruptedInterviews(): InterruptedInterviewsState & { readonly retry: () => void } {
  const { loaded, retry } = useLiveLoaded(() => listInterruptedInterviews(), []);
  return useMemo(() => {
    if (!loaded) return { status: 'loading', retry };
    if (!loaded.ok)
      return {
        status: 'error',
        message: `Interrupted interviews could not be read: ${errorMessage(loaded.error)}`,
        retry,
      };
    return { status: 'ready', interviews: loaded.value, retry };
  }, [loaded, retry]);
}

export type InterruptedInterviewState =
  | { readonly status: 'loading' }
  /** No such session, or it is no longer interrupted (resumed or closed, maybe in another tab). */
  | { readonly status: 'missing' }
  | ({ readonly status: 'ready' } & InterruptedInterview)
  | { readonly status: 'error'; readonly message: string };

/** One interrupted interview with where it stopped, live. */
export function useInterruptedInterview(
  sessionId: string,
): InterruptedInterviewState & { readonly retry: () => void } {
  const { loaded, retry } = useLiveLoaded(() => loadInterruptedInterview(sessionId), [sessionId]);
  return useMemo(() => {
    if (!loaded) return { status: 'loading', retry };
    if (!loaded.ok)
      return {
        status: 'error',
        message: `This interview could not be read: ${errorMessage(loaded.error)}`,
        retry,
      };
    if (!loaded.value) return { status: 'missing', retry };
    return { status: 'ready', ...loaded.value, retry };
  }, [loaded, retry]);
}
