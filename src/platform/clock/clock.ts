/**
 * Time for the interview: the current time, alarms at absolute times, and a signal when the page is
 * shown again. Alarms only wake the interview up; it always compares with `now()` and catches up,
 * because a hidden tab's timers run late (once a second, later once a minute).
 */
export interface Clock {
  /** Milliseconds since the epoch, never going backwards within a page. */
  now(): number;
  /** Calls `wake` once, at or after `at` (ms since the epoch). Returns a function that cancels it. */
  wakeAt(at: number, wake: () => void): () => void;
  /** Calls `listener` whenever the page becomes visible again. Returns a function that unsubscribes. */
  onVisible(listener: () => void): () => void;
}
