import { useMemo } from 'react';
import { errorMessage } from '../error-message.ts';
import { practiceOverview, type PracticeOverview } from '../practice/overview.ts';
import { loadPracticeData, type PracticeData } from './practice-data.ts';
import { useLiveLoaded } from './use-live-loaded.ts';

export type PracticeState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly data: PracticeData; readonly overview: PracticeOverview };

/** What the practice hook gives a page: the state, and a way to try again after an error. */
export type PracticeView = PracticeState & { readonly retry: () => void };

/**
 * The plan, its schedule and today's queue, live: an interview finished, a rating given or the plan changed
 * (in any tab) shows at once. The schedule is worked out from the attempts each time (see scheduleItems).
 */
export function usePractice(
  withoutPlan: Parameters<typeof loadPracticeData>[0] = 'read-history',
): PracticeView {
  const { loaded, retry } = useLiveLoaded(async () => {
    const data = await loadPracticeData(withoutPlan);
    // Today is read with the data: each time an answer or the plan changes, the day is looked at again.
    return {
      data,
      overview: practiceOverview(data.scripts, data.attempts, data.plan?.interviewDate, Date.now()),
    };
  }, [withoutPlan]);
  return useMemo((): PracticeView => {
    if (!loaded) return { status: 'loading', retry };
    if (!loaded.ok)
      return {
        status: 'error',
        message: `Your practice could not be read: ${errorMessage(loaded.error)}`,
        retry,
      };
    return { status: 'ready', ...loaded.value, retry };
  }, [loaded, retry]);
}
