import { useCallback, useEffect, useRef, useState } from 'react';
import { finishLeaving, holdLeaving, warnBeforeUnload } from '../../platform/location-hash.ts';

export interface LeaveGuard {
  /** Where the user tried to go while there were unsaved changes; the page asks them. */
  readonly leaving: string | undefined;
  /** Stays on the page; the URL is put back. */
  readonly stay: () => void;
  /** Goes on to where the user was going, dropping the changes. */
  readonly leave: () => void;
  /** Lets the next navigation go without asking (just saved, before the page has re-rendered). */
  readonly release: () => void;
}

/**
 * Unsaved work is not lost to a stray click: leaving the page for another of the app asks first (the app
 * stays on this page meanwhile), and closing or reloading the tab gets the browser's own warning.
 */
export function useLeaveGuard(unsaved: boolean): LeaveGuard {
  const [leaving, setLeaving] = useState<string | undefined>(undefined);
  // Read at the moment of leaving, which can come between a save and the render after it.
  const unsavedNow = useRef(unsaved);
  useEffect(() => {
    unsavedNow.current = unsaved;
  }, [unsaved]);

  useEffect(() => {
    const stopHolding = holdLeaving((nextHash) => {
      if (!unsavedNow.current) return false;
      setLeaving(nextHash);
      return true;
    });
    const stopWarning = warnBeforeUnload(() => unsavedNow.current);
    return () => {
      stopHolding();
      stopWarning();
    };
  }, []);

  const stay = useCallback(() => {
    setLeaving(undefined);
    finishLeaving(false);
  }, []);
  const leave = useCallback(() => {
    unsavedNow.current = false;
    setLeaving(undefined);
    finishLeaving(true);
  }, []);
  const release = useCallback(() => {
    unsavedNow.current = false;
  }, []);
  return { leaving, stay, leave, release };
}
