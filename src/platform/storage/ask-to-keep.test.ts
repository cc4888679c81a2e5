import { describe, expect, it } from 'vitest';
import { askToKeep } from './ask-to-keep.ts';
import { FakeStorage } from './fake-storage.ts';

describe('askToKeep', () => {
  it('does not ask again when the browser already keeps the data', async () => {
    const storage = new FakeStorage({ persisted: true });
    expect(await askToKeep(storage)).toBe(true);
    expect(storage.requests).toBe(0);
  });

  it('asks, and reports a grant', async () => {
    const storage = new FakeStorage({ persisted: false, grants: true });
    expect(await askToKeep(storage)).toBe(true);
    expect(storage.requests).toBe(1);
    expect(await storage.storageStatus()).toMatchObject({ persisted: true });
  });

  it('asks, and reports a refusal or a browser that cannot tell', async () => {
    const refusing = new FakeStorage({ persisted: false });
    expect(await askToKeep(refusing)).toBe(false);
    expect(refusing.requests).toBe(1);
    const silent = new FakeStorage();
    expect(await askToKeep(silent)).toBe(false);
    expect(silent.requests).toBe(1);
  });
});
