import type { HeldLock, Locks } from './locks.ts';

interface Waiter {
  readonly grant: () => void;
}

/**
 * Locks in memory for unit tests, granted in the order asked, as Web Locks are. One fake stands for an
 * origin: every `acquire` is a holder of its own, as if from its own tab.
 */
export function createFakeLocks(): Locks {
  const queues = new Map<string, Waiter[]>();
  return {
    acquire(name, { waitMs, signal } = {}) {
      const queue = queues.get(name) ?? [];
      queues.set(name, queue);
      return new Promise<HeldLock | undefined>((resolve) => {
        let released = false;
        const waiter: Waiter = {
          grant: () => {
            clearTimeout(timer);
            resolve({
              release: () => {
                // Releasing twice must not free the lock for a holder that has taken it since.
                if (released) return;
                released = true;
                queue.shift();
                queue[0]?.grant();
              },
            });
          },
        };
        const giveUp = () => {
          const index = queue.indexOf(waiter);
          // Only a waiter still in line gives up; the holder (index 0, granted) keeps the lock.
          if (index <= 0) return;
          queue.splice(index, 1);
          resolve(undefined);
        };
        const timer = waitMs === undefined ? undefined : setTimeout(giveUp, waitMs);
        signal?.addEventListener('abort', giveUp);
        queue.push(waiter);
        if (queue.length === 1) waiter.grant();
        else if (signal?.aborted === true) giveUp();
      });
    },
  };
}
