import { describe, expect, it } from 'vitest';
import { createBrowserStorage, type StorageManagerApi } from './browser-storage.ts';

/**
 * A navigator.storage whose methods, like the browser's, work only when called on it; the figures and the
 * answer to a request are the test's.
 */
class FakeStorageManager {
  persistCalls = 0;

  constructor(
    private readonly figures: StorageEstimate,
    private stored: boolean,
    private readonly grant: boolean,
  ) {}

  estimate(): Promise<StorageEstimate> {
    if (!(this instanceof FakeStorageManager)) throw new TypeError('Illegal invocation');
    return Promise.resolve(this.figures);
  }

  persisted(): Promise<boolean> {
    if (!(this instanceof FakeStorageManager)) throw new TypeError('Illegal invocation');
    return Promise.resolve(this.stored);
  }

  persist(): Promise<boolean> {
    if (!(this instanceof FakeStorageManager)) throw new TypeError('Illegal invocation');
    this.persistCalls += 1;
    if (this.grant) this.stored = true;
    return Promise.resolve(this.stored);
  }
}

describe('createBrowserStorage', () => {
  it("reports the browser's usage, quota and whether the data is kept", async () => {
    const storage = createBrowserStorage(
      new FakeStorageManager({ usage: 52_000, quota: 10_000_000 }, false, false),
    );

    expect(await storage.storageStatus()).toEqual({
      usageBytes: 52_000,
      quotaBytes: 10_000_000,
      persisted: false,
    });
  });

  it('asks for persistence, and reports it once the browser grants it', async () => {
    const manager = new FakeStorageManager({}, false, true);
    const storage = createBrowserStorage(manager);

    expect(storage.canRequestPersistence).toBe(true);
    expect(await storage.requestPersistence()).toBe(true);
    expect(manager.persistCalls).toBe(1);
    expect(await storage.storageStatus()).toEqual({ persisted: true });
  });

  it('says when the browser refuses', async () => {
    const storage = createBrowserStorage(new FakeStorageManager({ usage: 1 }, false, false));

    expect(await storage.requestPersistence()).toBe(false);
    expect(await storage.storageStatus()).toEqual({ usageBytes: 1, persisted: false });
  });

  it('leaves unknown what a browser without the storage manager, or without one of its methods, cannot tell', async () => {
    const partial: StorageManagerApi = { persisted: () => Promise.resolve(true) };
    for (const manager of [undefined, {}]) {
      const storage = createBrowserStorage(manager);
      expect(storage.canRequestPersistence).toBe(false);
      expect(await storage.storageStatus()).toEqual({ persisted: undefined });
      expect(await storage.requestPersistence()).toBe(false);
    }
    expect(await createBrowserStorage(partial).storageStatus()).toEqual({ persisted: true });
  });

  it('never rejects, whether a method rejects or throws', async () => {
    const broken: StorageManagerApi = {
      estimate: () => Promise.reject(new DOMException('Not allowed', 'SecurityError')),
      persisted: () => {
        throw new TypeError('Illegal invocation');
      },
      persist: () => Promise.reject(new Error('Unknown')),
    };
    const storage = createBrowserStorage(broken);

    expect(await storage.storageStatus()).toEqual({ persisted: undefined });
    expect(await storage.requestPersistence()).toBe(false);
  });
});
