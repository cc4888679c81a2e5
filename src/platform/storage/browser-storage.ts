import type { DeviceStorage, StorageStatus } from './storage.ts';

/** The parts of the storage manager the adapter calls; any may be missing in an older or restricted browser. */
export type StorageManagerApi = Partial<Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>>;

/** The result of a call that may be missing or may fail, or undefined: a status must never break a page. */
async function attempt<T>(call: () => Promise<T> | undefined): Promise<T | undefined> {
  try {
    return await call();
  } catch {
    return undefined;
  }
}

/** The storage adapter on navigator.storage, which browsers offer only in secure contexts. */
export function createBrowserStorage(
  manager: StorageManagerApi | undefined = 'storage' in navigator ? navigator.storage : undefined,
): DeviceStorage {
  return {
    canRequestPersistence: typeof manager?.persist === 'function',

    async storageStatus(): Promise<StorageStatus> {
      const [estimate, persisted] = await Promise.all([
        attempt(() => manager?.estimate?.()),
        attempt(() => manager?.persisted?.()),
      ]);
      return {
        ...(estimate?.usage === undefined ? {} : { usageBytes: estimate.usage }),
        ...(estimate?.quota === undefined ? {} : { quotaBytes: estimate.quota }),
        persisted,
      };
    },

    async requestPersistence(): Promise<boolean> {
      return (await attempt(() => manager?.persist?.())) ?? false;
    },
  };
}
