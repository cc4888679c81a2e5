import { useState } from 'react';
import { exportScript } from '../../script/export.ts';
import type { Script } from '../../script/model.ts';
import { downloadTextFile } from '../../platform/download.ts';
import { deleteImportedScript } from '../../store/imported-scripts.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { errorMessage } from '../../error-message.ts';
import { editorHref } from '../routes.ts';

interface ImportedScriptActionsProps {
  readonly script: Script;
  /** Called once the script is gone, so the page can leave it. */
  readonly onDeleted: (script: Script) => void;
}

/** Edit, Export (as the app's Markdown) and Delete, for scripts the user imported; built-in scripts have none. */
export function ImportedScriptActions({ script, onDeleted }: ImportedScriptActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const remove = () => {
    setConfirming(false);
    deleteImportedScript(script.id).then(
      () => {
        onDeleted(script);
      },
      (error: unknown) => {
        setFailure(`The script could not be deleted: ${errorMessage(error)}`);
      },
    );
  };

  return (
    <>
      <a className="button" href={editorHref({ from: 'imported', id: script.id })}>
        Edit
      </a>
      <button
        type="button"
        className="button"
        onClick={() => {
          downloadTextFile(`${script.id}.md`, exportScript(script));
        }}
      >
        Export
      </button>
      <button
        type="button"
        className="button button-danger"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Delete…
      </button>
      {failure && (
        <p className="action-failure" role="alert">
          {failure}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Delete this script?"
        confirmLabel="Delete"
        onConfirm={remove}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        <p>“{script.title}” will be removed from this device. Export it first if you may want it back.</p>
      </ConfirmDialog>
    </>
  );
}
