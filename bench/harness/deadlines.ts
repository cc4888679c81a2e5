// How late the app's clock wakes its caller after a deadline, in this (visible) tab.
import { createBrowserClock } from '../../src/platform/clock/browser-clock.ts';

/** Sets `count` deadlines one after another, `minGapMs`…`maxGapMs` apart; returns how late each woke, in ms. */
export async function measureDeadlineLateness(
  count: number,
  minGapMs: number,
  maxGapMs: number,
): Promise<number[]> {
  const clock = createBrowserClock();
  const lateness: number[] = [];
  for (let index = 0; index < count; index += 1) {
    // Spread over the range so deadlines fall at every phase of the browser's timer and frame cycles.
    const gap = minGapMs + ((maxGapMs - minGapMs) * index) / Math.max(1, count - 1);
    const at = clock.now() + gap;
    await new Promise<void>((resolve) => {
      clock.wakeAt(at, () => {
        lateness.push(clock.now() - at);
        resolve();
      });
    });
  }
  return lateness;
}
