import { useCallback, useEffect, useRef, useState } from 'react';
import { interviewLockName } from '../../interview/interview-lock.ts';
import type { HeldLock, Locks } from '../../platform/locks/locks.ts';

export interface InterviewLock {
  /** 'busy': another tab runs an interview, so this one may not start. */
  readonly state: 'free' | 'held' | 'busy';
  /** Takes the interview lock before the microphone opens; resolves false when another tab holds it. */
  readonly take: () => Promise<boolean>;
  /** Lets other tabs start an interview again; also done when the page is left. */
  readonly release: () => void;
}

const takeWithinMs = 1_000;

/** The one-interview-at-a-time lock, as a page that runs an interview holds it. */
export function useInterviewLock(locks: Locks): InterviewLock {
  const held = useRef<HeldLock | undefined>(undefined);
  const mounted = useRef(false);
  const [state, setState] = useState<InterviewLock['state']>('free');

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      held.current?.release();
      held.current = undefined;
    };
  }, []);

  const take = useCallback(async () => {
    if (held.current !== undefined) return true;
    // A moment's wait: another tab may hold the lock just while it checks for interrupted interviews.
    const lock = await locks.acquire(interviewLockName, { waitMs: takeWithinMs });
    // The page was left while the lock was being taken: give it back at once.
    if (!mounted.current) {
      lock?.release();
      return false;
    }
    held.current = lock;
    setState(lock === undefined ? 'busy' : 'held');
    return lock !== undefined;
  }, [locks]);

  const release = useCallback(() => {
    held.current?.release();
    held.current = undefined;
    setState('free');
  }, []);

  return { state, take, release };
}
