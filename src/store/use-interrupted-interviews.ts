import { useMemo } from 'react';
import { errorMessage } from '../error-message.ts';
import { listInterruptedInterviews, type InterruptedInterview } from './recovery.ts';
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
