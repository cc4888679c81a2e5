/**
 * New versions of the app itself, as its service worker finds them: a new version installs in the
 * background and then waits, and only `activate` lets it replace the running code.
 */
export interface AppUpdates {
  /** Whether a new version is installed and waiting to take over. */
  isWaiting(): boolean;
  /** Calls `listener` when a new version starts waiting; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
  /** Lets the waiting version take over; every open page of the app then reloads into it. */
  activate(): Promise<void>;
}
