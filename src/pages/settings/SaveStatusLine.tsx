import type { SaveStatus } from './use-save-status.ts';

/** "Saved." in a polite live region that is always present, and a failure as an alert. */
export function SaveStatusLine({ status }: { readonly status: SaveStatus }) {
  return (
    <>
      <p className="settings-saved" role="status">
        {status.saved ? 'Saved.' : ''}
      </p>
      {status.failure !== undefined && (
        <p className="action-failure" role="alert">
          {status.failure}
        </p>
      )}
    </>
  );
}
