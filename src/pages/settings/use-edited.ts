import { useState } from 'react';
import { useSaveStatus, type SaveStatus } from './use-save-status.ts';

/** A stored value the user edits, each change saved at once. */
export interface Edited<T> {
  /** The latest choice until the store has it, then the stored value (which may come from another tab). */
  readonly value: T;
  readonly change: (next: T) => void;
  readonly status: SaveStatus;
}

/**
 * Edits `stored`, saving every change with `write`. The choice is shown at once rather than when the store
 * reports it back, so a radio button never springs back and a dragged slider never jumps; after a failed
 * save the stored value is shown again.
 */
export function useEdited<T>(
  stored: T,
  same: (a: T, b: T) => boolean,
  write: (next: T) => Promise<void>,
): Edited<T> {
  const status = useSaveStatus();
  const [draft, setDraft] = useState<{ readonly value: T } | undefined>(undefined);
  if (draft !== undefined && same(draft.value, stored)) setDraft(undefined);

  return {
    value: draft === undefined ? stored : draft.value,
    change: (next) => {
      setDraft({ value: next });
      void status.track(write(next)).then((saved) => {
        if (!saved) setDraft(undefined);
      });
    },
    status,
  };
}
