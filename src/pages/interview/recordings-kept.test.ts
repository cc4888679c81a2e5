import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../platform/storage/fake-storage.ts';
import { askToKeepRecordings } from './recordings-kept.ts';

describe('askToKeepRecordings', () => {
  it('says the recordings are protected once the browser agrees', async () => {
    const storage = new FakeStorage({ persisted: false, grants: true });
    expect(await askToKeepRecordings(storage)).toMatch(
      /^Your recordings are protected from automatic clean-up/,
    );
    expect(storage.requests).toBe(1);
  });

  it('says the browser may clear them, and how to keep a copy, when it declines', async () => {
    const storage = new FakeStorage({ persisted: false, grants: false });
    expect(await askToKeepRecordings(storage)).toMatch(
      /^The browser may clear your recordings.*export backups/,
    );
  });

  it('neither promises nor warns when the browser cannot be asked (WebKitGTK has no storage manager)', async () => {
    const storage = new FakeStorage({ grants: true, canRequestPersistence: false });
    expect(await askToKeepRecordings(storage)).toMatch(
      /^This browser does not say whether it keeps your recordings.*export backups/,
    );
    expect(storage.requests).toBe(0);
  });
});
