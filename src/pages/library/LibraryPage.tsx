import { lazy, Suspense, useState } from 'react';
import type { LibraryCriteria } from '../../library/filter.ts';
import {
  importScriptFile,
  type ConfirmImport,
  type ImportDecision,
  type ImportOutcome,
  type ImportPreview,
  type SaveScripts,
} from '../../library/import-file.ts';
import type { Library } from '../../store/use-library.ts';
import { DropZone } from './DropZone.tsx';
import { ImportButton } from './ImportButton.tsx';
import { ImportFailure, importedMessage } from './ImportReport.tsx';
import { LibraryView } from './LibraryView.tsx';
import { editorHref } from '../routes.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';

// Need the database's code, which the library's first paint does without (and the panel, the scheduler's).
const InterruptedInterviews = lazy(async () => ({
  default: (await import('./InterruptedInterviews.tsx')).InterruptedInterviews,
}));
const TodayPanel = lazy(async () => ({
  default: (await import('../practice/TodayPanel.tsx')).TodayPanel,
}));
// Shown only once a file has been read, like the parser it follows: not part of the first page.
const ImportPreviewPanel = lazy(async () => ({
  default: (await import('./ImportPreviewPanel.tsx')).ImportPreviewPanel,
}));

interface LibraryPageProps {
  readonly library: Library;
  readonly criteria: LibraryCriteria;
  readonly onCriteriaChange: (criteria: LibraryCriteria) => void;
  /** A message from elsewhere in the app to announce here, e.g. that a script was deleted. */
  readonly notice: string | undefined;
  /** Whether the database is open: without it there are no interrupted interviews to look for. */
  readonly storageReady: boolean;
}

// The database code that stores imports is loaded on the first import, not with the first page.
const saveImportedScripts: SaveScripts = async (scripts, fileName) => {
  const store = await import('../../store/imported-scripts.ts');
  await store.saveImportedScripts(scripts, fileName);
};

/** The library: every script, filters, and importing the user's own files by picker or drag and drop. */
export function LibraryPage({ library, criteria, onCriteriaChange, notice, storageReady }: LibraryPageProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>(undefined);
  // An import of notes waiting for the user's answer at its preview.
  const [pending, setPending] = useState<{
    preview: ImportPreview;
    answer: (decision: ImportDecision | undefined) => void;
  }>();

  const confirm: ConfirmImport = (preview) =>
    new Promise((resolve) => {
      setPending({ preview, answer: resolve });
    });
  const answer = (decision: ImportDecision | undefined) => {
    pending?.answer(decision);
    setPending(undefined);
  };

  const importFile = (file: File) => {
    // One preview at a time: a file dropped while another waits for an answer is not read.
    if (pending) return;
    setBusy(true);
    setOutcome(undefined);
    void importScriptFile(file, saveImportedScripts, confirm).then((result) => {
      setOutcome(result);
      setBusy(false);
    });
  };

  const status = outcome?.ok
    ? importedMessage(outcome)
    : pending
      ? 'Check what was understood, then import or cancel.'
      : busy
        ? 'Importing…'
        : notice;

  return (
    <DropZone onFile={importFile}>
      <div className="page-heading">
        <h1>Library</h1>
        <div className="actions">
          <a className="button" href={editorHref({ from: 'new' })}>
            New script
          </a>
          <ImportButton busy={busy} onFile={importFile} />
        </div>
      </div>
      <p className="hint">
        Pick an interview to see its plan. Import your own preparation document (Markdown) with the button or
        by dropping the file here, or write a script of your own.
      </p>
      {/* Always present so screen readers announce what changes inside it. */}
      <p className="import-status" role="status" aria-live="polite">
        {status}
      </p>
      {pending && (
        <Suspense fallback={null}>
          <ImportPreviewPanel
            preview={pending.preview}
            onConfirm={answer}
            onCancel={() => {
              answer(undefined);
            }}
          />
        </Suspense>
      )}
      {outcome && !outcome.ok && <ImportFailure outcome={outcome} />}
      {storageReady && (
        <Suspense fallback={null}>
          <InterruptedInterviews />
          <TodayPanel />
        </Suspense>
      )}
      {library.imported.status === 'error' && (
        <LoadFailure message={library.imported.message} onRetry={library.retry} />
      )}
      <LibraryView entries={library.entries} criteria={criteria} onCriteriaChange={onCriteriaChange} />
      {library.imported.status === 'loading' && <p className="loading">Loading your imported scripts…</p>}
    </DropZone>
  );
}
