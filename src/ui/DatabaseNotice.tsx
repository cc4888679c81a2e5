import type { DatabaseState } from '../store/database-health.ts';

interface DatabaseNoticeProps {
  readonly state: DatabaseState;
  /** An interview page is open: say what happened to its recording too. */
  readonly interviewing: boolean;
}

/**
 * The one message about the app's storage, shown above every page while something is wrong with it:
 * what happened, what it means for the user's recordings, and what to do.
 */
export function DatabaseNotice({ state, interviewing }: DatabaseNoticeProps) {
  if (state === 'opening' || state === 'open') return null;
  return (
    <div className="problem database-notice" role="alert">
      {state === 'unavailable' && (
        <>
          <p>
            <strong>This browser window does not let Viva save anything.</strong> Its storage (IndexedDB)
            could not be opened, as happens in private windows of some browsers and in some apps' built-in
            browsers.
          </p>
          <p>
            You can read the scripts, but interviews cannot start, because nothing you record could be kept.
            Open Viva in a normal window of Chrome, Edge or Firefox.
          </p>
        </>
      )}
      {state === 'blocked' && (
        <p>
          <strong>Viva is waiting for another tab.</strong> An older version of Viva is open in another tab
          and holds your saved data, so this tab cannot update it yet. Close or reload Viva's other tabs; this
          page continues by itself once they let go.
        </p>
      )}
      {(state === 'replaced' || state === 'deleted') && (
        <>
          <p>
            {state === 'replaced' ? (
              <strong>Viva was updated in another tab.</strong>
            ) : (
              <strong>Your saved data was deleted in another tab.</strong>
            )}{' '}
            Reload this page to continue.
          </p>
          {state === 'replaced' && interviewing && (
            <p>
              This tab stopped its interview so the update could finish: an answer being recorded is kept up
              to its last saved second, and everything before it is kept.
            </p>
          )}
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              location.reload();
            }}
          >
            Reload
          </button>
        </>
      )}
    </div>
  );
}
