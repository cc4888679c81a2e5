import type { Clock } from './clock.ts';

interface Alarm {
  readonly at: number;
  readonly wake: () => void;
}

/**
 * A simulated clock for unit tests: time moves only when the test says so. `sleep` models a hidden tab
 * whose timers did not run: time passes without any alarm firing, until `show` wakes the page.
 */
export class FakeClock implements Clock {
  private time: number;
  private readonly alarms = new Set<Alarm>();
  private readonly visibleListeners = new Set<() => void>();

  constructor(start = Date.UTC(2026, 10, 21, 9)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  wakeAt(at: number, wake: () => void): () => void {
    const alarm = { at, wake };
    this.alarms.add(alarm);
    return () => this.alarms.delete(alarm);
  }

  onVisible(listener: () => void): () => void {
    this.visibleListeners.add(listener);
    return () => this.visibleListeners.delete(listener);
  }

  /** Moves time forward by `ms`, firing every alarm that falls due, in time order, at its own time. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.alarms].filter((a) => a.at <= end).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.alarms.delete(due);
      this.time = Math.max(this.time, due.at);
      due.wake();
    }
    this.time = end;
  }

  /** Moves time forward by `ms` without firing any alarm, as in a tab whose timers were throttled. */
  sleep(ms: number): void {
    this.time += ms;
  }

  /** The page becomes visible again. */
  show(): void {
    for (const listener of [...this.visibleListeners]) listener();
  }

  /** Alarms still waiting, for assertions that nothing was left armed. */
  get pendingAlarms(): number {
    return this.alarms.size;
  }
}
