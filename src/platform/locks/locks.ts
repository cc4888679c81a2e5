/** A lock this tab holds until it releases it, or until the tab closes or crashes (the browser frees it then). */
export interface HeldLock {
  release(): void;
}

export interface AcquireOptions {
  /** How long to wait for another holder to release it; without it, as long as it takes. */
  readonly waitMs?: number;
  /** Gives up waiting (the lock is then not taken). */
  readonly signal?: AbortSignal;
}

/** Named exclusive locks shared by every tab of the app's origin (Web Locks in browsers). */
export interface Locks {
  /** Takes the lock, waiting for its holder to release it; undefined when not granted in time or given up. */
  acquire(name: string, options?: AcquireOptions): Promise<HeldLock | undefined>;
}
