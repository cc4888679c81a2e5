import { useState } from 'react';
import { exportBackup } from '../../backup/export-backup.ts';
import { backupFileName } from '../../backup/file-names.ts';
import { importBackup } from '../../backup/import-backup.ts';
import { downloadBlob } from '../../platform/download.ts';
import { errorMessage } from '../../error-message.ts';
import { FileButton } from '../../ui/FileButton.tsx';

/** Export every interview as one zip, or import such a zip; an import that fails changes nothing and says why. */
export function BackupActions({ onImported }: { readonly onImported: () => void }) {
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const exportAll = () => {
    setBusy(true);
    setProblem('');
    setMessage('Preparing the export…');
    exportBackup()
      .then(
        (blob) => {
          downloadBlob(backupFileName(new Date(), 'everything'), blob);
          setMessage('Exported every interview.');
        },
        (error: unknown) => {
          setMessage('');
          setProblem(`The export failed: ${errorMessage(error)}`);
        },
      )
      .finally(() => {
        setBusy(false);
      });
  };

  const importFile = (file: File) => {
    setBusy(true);
    setProblem('');
    setMessage(`Importing ${file.name}…`);
    void importBackup(file)
      .then((outcome) => {
        if (outcome.ok) {
          const replaced = outcome.replaced > 0 ? `, ${outcome.replaced} replacing ones already here` : '';
          setMessage(
            `Imported ${outcome.sessions} interview${outcome.sessions === 1 ? '' : 's'} with ${outcome.answers} answer${outcome.answers === 1 ? '' : 's'}${replaced}.${outcome.planRestored ? ' Your practice plan was restored.' : ''}`,
          );
          onImported();
        } else {
          setMessage('');
          setProblem(`${file.name} was not imported: ${outcome.reason}`);
        }
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <div className="backup">
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={exportAll}>
          Export all interviews
        </button>
        <FileButton busy={busy} onFile={importFile} inputLabel="Backup file" accept=".zip,application/zip">
          Import a backup…
        </FileButton>
      </div>
      <p className="hint" role="status">
        {message}
      </p>
      {problem !== '' && (
        <p className="action-failure" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
