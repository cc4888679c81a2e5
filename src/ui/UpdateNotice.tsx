import { useCallback, useState, useSyncExternalStore } from 'react';
import { errorMessage } from '../error-message.ts';
import type { AppUpdates } from '../platform/app-update/app-updates.ts';
import type { Locks } from '../platform/locks/locks.ts';
import { reloadIntoUpdate, type ReloadOutcome } from './reload-into-update.ts';

interface UpdateNoticeProps {
  readonly updates: AppUpdates;
  readonly locks: Locks;
  /** An interview page is open in this tab: nothing is offered there, so nothing distracts or reloads it. */
  readonly interviewing: boolean;
}

type Attempt = 'idle' | 'asking' | ReloadOutcome | { readonly failure: string };

/** "Update ready — reload", once a new version of Viva has installed, on every page but an interview. */
export function UpdateNotice({ updates, locks, interviewing }: UpdateNoticeProps) {
  const subscribe = useCallback((listener: () => void) => updates.subscribe(listener), [updates]);
  const waiting = useSyncExternalStore(subscribe, () => updates.isWaiting());
  const [attempt, setAttempt] = useState<Attempt>('idle');
  if (!waiting || interviewing) return null;

  const reload = () => {
    setAttempt('asking');
    reloadIntoUpdate(updates, locks).then(setAttempt, (error: unknown) => {
      setAttempt({ failure: errorMessage(error) });
    });
  };
  const busy = attempt === 'asking' || attempt === 'reloading';
  return (
    <div className="update-notice" role="status">
      <p>
        <strong>Update ready</strong> — reload to use the new version of Viva.
      </p>
      {attempt === 'interview-running' && (
        <p>An interview is running in another tab, and reloading would stop it. Reload once it has ended.</p>
      )}
      {typeof attempt === 'object' && <p>The update could not start: {attempt.failure}</p>}
      <button type="button" className="button button-primary" disabled={busy} onClick={reload}>
        {attempt === 'reloading' ? 'Reloading…' : 'Reload'}
      </button>
    </div>
  );
}
