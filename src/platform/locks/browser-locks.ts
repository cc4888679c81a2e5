import type { HeldLock, Locks } from './locks.ts';

/**
 * Locks on the Web Locks API. A lock is held for as long as the promise returned to `request` is
 * pending, so releasing settles that promise; a closed or crashed tab loses its locks with it.
 * Without Web Locks (an insecure origin, an old browser) tabs cannot be coordinated: every lock is
 * granted at once, and the app still works in one tab.
 */
export function createBrowserLocks(): Locks {
  // Typed as always there, yet absent where the page is not a secure context: locksOn checks.
  return locksOn(navigator.locks);
}

/** Locks on a given LockManager (or none), so tests can hand in their own. */
export function locksOn(manager: LockManager | undefined): Locks {
  return {
    acquire(name, { waitMs, signal } = {}) {
      if (manager === undefined) return Promise.resolve({ release: () => undefined });
      // One signal for both ways of giving up: the caller's, and the end of the wait.
      const giveUp = new AbortController();
      const timer =
        waitMs === undefined
          ? undefined
          : setTimeout(() => {
              giveUp.abort();
            }, waitMs);
      const onAbort = () => {
        giveUp.abort();
      };
      signal?.addEventListener('abort', onAbort);
      if (signal?.aborted === true) giveUp.abort();
      return new Promise<HeldLock | undefined>((resolve, reject) => {
        manager
          .request(name, { signal: giveUp.signal }, () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            return new Promise<void>((release) => {
              resolve({
                release: () => {
                  release();
                },
              });
            });
          })
          .catch((error: unknown) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            // Aborting a request that was still waiting rejects it with an AbortError: not granted.
            if (giveUp.signal.aborted) resolve(undefined);
            else reject(error instanceof Error ? error : new Error(String(error)));
          });
      });
    },
  };
}
