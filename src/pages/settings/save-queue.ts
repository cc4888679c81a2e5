/** Runs a write to the settings after every write queued before it has settled. */
export type SaveQueue = (write: () => Promise<void>) => Promise<void>;

/**
 * A queue for the page's writes to the settings. Saving the timing reads the settings and writes them back
 * whole; queued, that read sees a voice saved a moment earlier instead of overwriting it with the old one.
 */
export function createSaveQueue(): SaveQueue {
  let settled: Promise<void> = Promise.resolve();
  return (write) => {
    const next = settled.then(write);
    settled = next.catch(() => undefined);
    return next;
  };
}
