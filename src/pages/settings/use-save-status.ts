import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../error-message.ts';

/** How long "Saved." stays: long enough to be read, short enough not to linger over the next change. */
const savedShownMs = 2500;

/** What became of the latest save. */
export interface SaveStatus {
  readonly saved: boolean;
  /** Why the latest save failed; undefined once one succeeds. */
  readonly failure: string | undefined;
  /** Follows `saving` and resolves with whether it succeeded. */
  readonly track: (saving: Promise<void>) => Promise<boolean>;
}

/** Reports saves: "Saved." for a moment after each success, and the reason after a failure. */
export function useSaveStatus(): SaveStatus {
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const pending = timer;
    return () => {
      clearTimeout(pending.current);
    };
  }, []);

  const track = useCallback(
    (saving: Promise<void>) =>
      saving.then(
        () => {
          setFailure(undefined);
          setSaved(true);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            setSaved(false);
          }, savedShownMs);
          return true;
        },
        (error: unknown) => {
          clearTimeout(timer.current);
          setSaved(false);
          setFailure(`Your change could not be saved: ${errorMessage(error)}`);
          return false;
        },
      ),
    [],
  );

  return { saved, failure, track };
}
