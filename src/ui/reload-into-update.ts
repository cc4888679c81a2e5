import { interviewLockName } from '../interview/interview-lock.ts';
import type { AppUpdates } from '../platform/app-update/app-updates.ts';
import type { Locks } from '../platform/locks/locks.ts';

/**
 * How long Reload waits for the interview lock. A running interview holds it for minutes; the check for
 * interrupted interviews, which every tab runs on each page change, holds it for moments.
 */
const interviewLockWaitMs = 1_000;

export type ReloadOutcome = 'reloading' | 'interview-running';

/**
 * Lets the waiting version take over, unless an interview runs in any tab: the new version reloads every
 * open page, and would stop that interview.
 */
export async function reloadIntoUpdate(updates: AppUpdates, locks: Locks): Promise<ReloadOutcome> {
  const lock = await locks.acquire(interviewLockName, { waitMs: interviewLockWaitMs });
  if (lock === undefined) return 'interview-running';
  try {
    await updates.activate();
  } catch (error) {
    lock.release();
    throw error;
  }
  // Not released: the reload frees it, and until then no tab can start an interview.
  return 'reloading';
}
