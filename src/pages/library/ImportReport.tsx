import type { ImportOutcome } from '../../library/import-file.ts';

/** A failed import: why, and every error with its line, so the user can fix the file and try again. */
export function ImportFailure({ outcome }: { readonly outcome: Extract<ImportOutcome, { ok: false }> }) {
  return (
    <div className="import-failure" role="alert">
      <p>
        <strong>Could not import {outcome.fileName}.</strong> {outcome.reason}
      </p>
      {outcome.messages.length > 0 && (
        <ul className="error-list">
          {outcome.messages.map((message, index) => (
            // Two errors can read the same, so the position is the key.
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The status line after a successful import, naming the shape the document was read as. */
export function importedMessage(outcome: Extract<ImportOutcome, { ok: true }>): string {
  const count = outcome.scripts.length;
  return `Imported ${count} ${count === 1 ? 'script' : 'scripts'} from ${outcome.fileName}. Read as: ${outcome.shape}.`;
}
