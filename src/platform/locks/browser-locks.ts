import type { HeldLock, Locks } from './locks.ts';

/**
 * Locks on the Web Locks API. A lock is held for as long as the promise returned to `request` is
 * pending, so releasing settles that promise; a closed or crashed tab loses its locks with it.
 * Without Web Locks (an insecure origin, an old browser) nothing can be coordinated: every lock is
 * granted and none is reported held, so the app still works in one tab.
 */
export function createBrowserLocks(manager: LockManager | undefined = globalThis.navigator.locks): Locks {
  return {
    tryAcquire(name) {
      if (manager === undefined) return Promise.resolve({ release: () => undefined });
      return new Promise<HeldLock | undefined>((resolve, reject) => {
        manager
          .request(name, { ifAvailable: true }, (lock) => {
            if (lock === null) {
              resolve(undefined);
              return undefined;
            }
            return new Promise<void>((release) => {
              resolve({ release: () => { release(); } });
            });
          })
          .catch(reject);
      });
    },

    async isHeld(name) {
      if (manager === undefined) return false;
      const { held = [] } = await manager.query();
      return held.some((lock) => lock.name === name);
    },
  };
}
