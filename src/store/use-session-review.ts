import { useMemo } from 'react';
import { loadSessionReview, type SessionReview } from './review.ts';
import { useLiveLoaded } from './use-live-loaded.ts';
import { errorMessage } from '../error-message.ts';

export type SessionReviewState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | ({ readonly status: 'ready' } & SessionReview)
  | { readonly status: 'error'; readonly message: string };

/** What the review hook gives a page: the state, and a way to try again after an error. */
export type SessionReviewView = SessionReviewState & { readonly retry: () => void };

/**
 * One interview with its answers and self-assessments, live: a rating or note saved shows at once, and
 * the interview turns 'missing' when it is deleted (in this tab or another).
 */
export function useSessionReview(sessionId: string): SessionReviewView {
  const { loaded, retry } = useLiveLoaded(() => loadSessionReview(sessionId), [sessionId]);
  return useMemo((): SessionReviewView => {
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
