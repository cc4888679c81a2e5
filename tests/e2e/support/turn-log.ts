// When the page started and stopped its recorders and when the user pressed or clicked, seen from outside
// the app, to measure how quickly the interview reacts.
import type { Page } from 'playwright-core';

export interface TurnEvent {
  readonly type: 'recorder.start' | 'recorder.stop' | 'user.input';
  /** Milliseconds since the epoch (timeOrigin + performance.now()), like the speech log. */
  readonly at: number;
}

const LOG_KEY = '__vivaE2eTurnEvents';

function installTurnLog(logKey: string): void {
  const log: TurnEvent[] = [];
  Object.defineProperty(window, logKey, { value: log });
  const now = () => performance.timeOrigin + performance.now();
  const prototype = MediaRecorder.prototype;
  const start = Object.getOwnPropertyDescriptor(prototype, 'start')?.value as MediaRecorder['start'];
  const stop = Object.getOwnPropertyDescriptor(prototype, 'stop')?.value as MediaRecorder['stop'];
  prototype.start = function (this: MediaRecorder, timeslice?: number) {
    log.push({ type: 'recorder.start', at: now() });
    start.call(this, timeslice);
  };
  prototype.stop = function (this: MediaRecorder) {
    log.push({ type: 'recorder.stop', at: now() });
    stop.call(this);
  };
  // The event's own time stamp: when the user acted, before anything handled it.
  const input = (event: Event) =>
    log.push({ type: 'user.input', at: performance.timeOrigin + event.timeStamp });
  window.addEventListener('keydown', input, true);
  window.addEventListener('click', input, true);
}

/** Starts logging recorder starts and stops and user input in every document the page loads from now on. */
export async function recordTurnEvents(page: Page): Promise<void> {
  await page.addInitScript(installTurnLog, LOG_KEY);
}

/** Everything logged in the current document so far, in order. */
export async function turnEvents(page: Page): Promise<TurnEvent[]> {
  return page.evaluate((key) => (window as unknown as Record<string, TurnEvent[]>)[key] ?? [], LOG_KEY);
}
