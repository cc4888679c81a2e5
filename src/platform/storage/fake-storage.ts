import type { DeviceStorage, StorageStatus } from './storage.ts';

/** What the fake reports, and whether it grants persistence when asked. */
export interface FakeStorageOptions {
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
  readonly persisted?: boolean;
  /** Whether a request for persistence is granted; false by default, as Chromium does for a new site. */
  readonly grants?: boolean;
  /** Whether the browser can be asked at all; true by default, false as in WebKitGTK. */
  readonly canRequestPersistence?: boolean;
}

/** Storage for unit tests: figures the test sets, persistence granted or refused as the test chose. */
export class FakeStorage implements DeviceStorage {
  usageBytes: number | undefined;
  quotaBytes: number | undefined;
  persisted: boolean | undefined;
  grants: boolean;
  readonly canRequestPersistence: boolean;
  /** How many times persistence was requested. */
  requests = 0;

  constructor({
    usageBytes,
    quotaBytes,
    persisted,
    grants = false,
    canRequestPersistence = true,
  }: FakeStorageOptions = {}) {
    this.canRequestPersistence = canRequestPersistence;
    this.usageBytes = usageBytes;
    this.quotaBytes = quotaBytes;
    this.persisted = persisted;
    this.grants = grants;
  }

  // Async like the browser's, so callers meet the same order of events as in a page.
  async storageStatus(): Promise<StorageStatus> {
    await Promise.resolve();
    return {
      ...(this.usageBytes === undefined ? {} : { usageBytes: this.usageBytes }),
      ...(this.quotaBytes === undefined ? {} : { quotaBytes: this.quotaBytes }),
      persisted: this.persisted,
    };
  }

  async requestPersistence(): Promise<boolean> {
    await Promise.resolve();
    this.requests += 1;
    if (this.grants && this.canRequestPersistence) this.persisted = true;
    return this.persisted === true;
  }
}
