import type { Clock } from './clock.ts';

/** The page's clock: wall time from the high-resolution timer, alarms from setTimeout, visibility from the document. */
export function createBrowserClock(): Clock {
  return {
    // timeOrigin + now() does not jump when the system clock is adjusted, unlike Date.now().
    now: () => performance.timeOrigin + performance.now(),
    wakeAt(at, wake) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        const remaining = at - (performance.timeOrigin + performance.now());
        // setTimeout may fire a millisecond early; re-arm rather than wake the caller too soon.
        timer = remaining <= 0 ? undefined : setTimeout(arm, remaining);
        if (timer === undefined) wake();
      };
      arm();
      return () => {
        clearTimeout(timer);
      };
    },
    onVisible(listener) {
      const onChange = () => {
        if (document.visibilityState === 'visible') listener();
      };
      document.addEventListener('visibilitychange', onChange);
      return () => {
        document.removeEventListener('visibilitychange', onChange);
      };
    },
  };
}
