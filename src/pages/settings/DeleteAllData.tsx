import { useId, useState } from 'react';
import { errorMessage } from '../../error-message.ts';
import { deleteAllData } from '../../store/delete-all-data.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { historyHref } from '../routes.ts';

type Progress =
  | { readonly kind: 'idle' }
  | { readonly kind: 'deleting' }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The danger zone: delete everything Viva stored in this browser, after a confirmation that says exactly
 * what goes and how to keep a copy. Afterwards the app is as on a first visit.
 */
export function DeleteAllData() {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });

  const deleteEverything = () => {
    setConfirming(false);
    setProgress({ kind: 'deleting' });
    deleteAllData().then(
      () => {
        setProgress({ kind: 'deleted' });
      },
      (error: unknown) => {
        setProgress({ kind: 'failed', message: errorMessage(error) });
      },
    );
  };

  return (
    <section className="settings-section danger-zone" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Delete all my data</h2>
      <p className="hint">
        Everything Viva keeps is stored in this browser on this device (IndexedDB of this site) and never sent
        anywhere. Delete it here, or by clearing this site’s data in the browser.
      </p>
      <button
        type="button"
        className="button button-danger"
        disabled={progress.kind === 'deleting'}
        onClick={() => {
          setConfirming(true);
        }}
      >
        Delete all my data…
      </button>
      <p className="hint" role="status">
        {progress.kind === 'deleting' && 'Deleting…'}
        {progress.kind === 'deleted' &&
          'All your data was deleted from this browser. Viva starts afresh, as on your first visit.'}
      </p>
      {progress.kind === 'failed' && (
        <p className="action-failure" role="alert">
          Your data could not be deleted ({progress.message}). Close Viva in your other tabs and try again, or
          clear this site’s data in the browser’s settings.
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Delete all your data?"
        confirmLabel="Delete everything"
        onConfirm={deleteEverything}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        <p>This removes from this browser, for good:</p>
        <ul>
          <li>every interview, its recordings and their transcripts,</li>
          <li>your ratings, notes and checklists,</li>
          <li>the scripts you imported,</li>
          <li>your settings and voices, and the Whisper model you chose.</li>
        </ul>
        <p>
          The built-in scripts stay. To keep a copy, cancel and export first: your interviews from{' '}
          <a href={historyHref}>History</a> (Export all interviews), each imported script from its plan
          (Export).
        </p>
      </ConfirmDialog>
    </section>
  );
}
