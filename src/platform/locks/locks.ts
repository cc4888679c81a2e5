/** A lock this tab holds until it releases it, or until the tab closes or crashes (the browser frees it then). */
export interface HeldLock {
  release(): void;
}

/** Named locks shared by every tab of the app's origin (Web Locks in browsers). */
export interface Locks {
  /** Takes the lock if no tab holds it; undefined when another tab (or this one) already does. */
  tryAcquire(name: string): Promise<HeldLock | undefined>;
  /** Whether any tab of the origin holds the lock now. */
  isHeld(name: string): Promise<boolean>;
}
