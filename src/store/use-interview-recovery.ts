import { useEffect, useState } from 'react';
import { errorMessage } from '../error-message.ts';
import { interviewLockName } from '../interview/interview-lock.ts';
import type { Locks } from '../platform/locks/locks.ts';

/**
 * Completes the interviews the app stopped in the middle of (they become 'interrupted'), on start and
 * again whenever `page` changes. It takes the interview lock to do so: while a tab runs an interview it
 * waits for that to end, and no interview can start while it repairs. Nothing is checked until the database
 * is open (`ready`). Returns why it failed, if it did.
 */
export function useInterviewRecovery(locks: Locks, page: string, ready: boolean): string | undefined {
  const [failure, setFailure] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!ready) return;
    const leave = new AbortController();
    const recover = async () => {
      const lock = await locks.acquire(interviewLockName, { signal: leave.signal });
      if (lock === undefined) return;
      try {
        // Loaded here, with the database code, not with the first page.
        const { repairUnclosedSessions } = await import('./recovery.ts');
        await repairUnclosedSessions();
      } finally {
        lock.release();
      }
    };
    recover().then(
      () => {
        setFailure(undefined);
      },
      (error: unknown) => {
        setFailure(`Viva could not check for interrupted interviews: ${errorMessage(error)}`);
      },
    );
    return () => {
      leave.abort();
    };
  }, [locks, page, ready]);
  return failure;
}
