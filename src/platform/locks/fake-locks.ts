import type { Locks } from './locks.ts';

/**
 * Locks in memory for unit tests. Fakes made on the same `held` set behave like tabs of one origin:
 * what one holds, the others cannot take.
 */
export function createFakeLocks(held: Set<string> = new Set()): Locks {
  return {
    tryAcquire(name) {
      if (held.has(name)) return Promise.resolve(undefined);
      held.add(name);
      let released = false;
      return Promise.resolve({
        release: () => {
          // Releasing twice must not free a lock that another holder has taken since.
          if (released) return;
          released = true;
          held.delete(name);
        },
      });
    },
    isHeld: (name) => Promise.resolve(held.has(name)),
  };
}
