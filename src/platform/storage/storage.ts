/** How much the browser lets the app store, and whether it keeps it when space runs low. */
export interface StorageStatus {
  /** Bytes the app's origin uses; absent when the browser cannot say. */
  readonly usageBytes?: number;
  /** Bytes the browser would let it use; absent when the browser cannot say. */
  readonly quotaBytes?: number;
  /**
   * true: the browser keeps the data until the user deletes it; false: it may clear it when space runs
   * low; undefined: the browser cannot tell.
   */
  readonly persisted: boolean | undefined;
}

/** The browser's storage manager (navigator.storage). Never rejects: what it cannot tell is left undefined. */
export interface DeviceStorage {
  /**
   * Whether the browser can be asked to keep the data at all: WebKitGTK, for one, has no storage manager,
   * so a request can only come back refused, which would tell the user something the browser never said.
   */
  readonly canRequestPersistence: boolean;
  storageStatus(): Promise<StorageStatus>;
  /** Asks the browser to keep the data (it may ask the user, or decide by itself); true when it will. */
  requestPersistence(): Promise<boolean>;
}
