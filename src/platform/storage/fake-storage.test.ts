import { describe, expect, it } from 'vitest';
import { FakeStorage } from './fake-storage.ts';

describe('FakeStorage', () => {
  it('reports the figures it was given and refuses persistence by default', async () => {
    const storage = new FakeStorage({ usageBytes: 10, quotaBytes: 100, persisted: false });

    expect(await storage.storageStatus()).toEqual({ usageBytes: 10, quotaBytes: 100, persisted: false });
    expect(await storage.requestPersistence()).toBe(false);
    expect(storage.requests).toBe(1);
    expect(await storage.storageStatus()).toMatchObject({ persisted: false });
  });

  it('grants persistence when told to, and reports it from then on', async () => {
    const storage = new FakeStorage({ grants: true });

    expect(await storage.storageStatus()).toEqual({ persisted: undefined });
    expect(await storage.requestPersistence()).toBe(true);
    expect(await storage.storageStatus()).toEqual({ persisted: true });
  });
});
