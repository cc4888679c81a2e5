import { useId, useState } from 'react';
import { errorMessage } from '../../error-message.ts';

interface NotesFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onSave: (notes: string) => Promise<void>;
}

/** Free notes, saved when the field is left, with the outcome said in a polite status line. */
export function NotesField({ label, value, onSave }: NotesFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const shown = draft ?? value;
  return (
    <div className="notes">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={shown}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onBlur={() => {
          if (draft === undefined || draft === value) return;
          onSave(draft).then(
            () => {
              setDraft(undefined);
              setStatus('Notes saved.');
            },
            (error: unknown) => {
              setStatus(`The notes could not be saved: ${errorMessage(error)}`);
            },
          );
        }}
      />
      <p className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
