import { useEffect, useState } from 'react';
import type { Clock } from './clock.ts';

/** The clock's time, refreshed every `intervalMs` while `active`, for countdowns on screen. */
export function useNow(clock: Clock, intervalMs: number, active = true): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => {
      setNow(clock.now());
    };
    // Catch up at once when the countdown becomes active again, then every interval.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [clock, intervalMs, active]);
  return now;
}
