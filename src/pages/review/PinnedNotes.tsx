import { useId, useState, type SyntheticEvent } from 'react';
import { formatClock } from '../../interview/format-clock.ts';
import type { PinnedNote } from '../../store/database.ts';
import { errorMessage } from '../../error-message.ts';

interface PinnedNotesProps {
  readonly pins: readonly PinnedNote[];
  /** The moment the user chose on the recording; a form to write the note shows while it is set. */
  readonly pinningAt: number | undefined;
  readonly onSave: (atMs: number, text: string) => Promise<void>;
  readonly onCancel: () => void;
  readonly onRemove: (pinId: string) => Promise<void>;
}

/** Notes pinned to moments of the recording: a form for a new one, and the list, in time order. */
export function PinnedNotes({ pins, pinningAt, onSave, onCancel, onRemove }: PinnedNotesProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const sorted = [...pins].sort((a, b) => a.atMs - b.atMs);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pinningAt === undefined) return;
    if (text.trim() === '') {
      setProblem('Write the note first.');
      return;
    }
    onSave(pinningAt, text.trim()).then(
      () => {
        setText('');
        setProblem('');
      },
      (error: unknown) => {
        setProblem(`The note could not be saved: ${errorMessage(error)}`);
      },
    );
  };

  return (
    <div className="pins">
      {pinningAt !== undefined && (
        <form className="pin-form" onSubmit={submit}>
          <label htmlFor={id}>Pinned note</label>
          <span className="hint">at {formatClock(pinningAt)}</span>
          <input
            id={id}
            type="text"
            value={text}
            autoFocus
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
          <button type="submit" className="button">
            Save the pinned note
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          {problem !== '' && (
            <p className="action-failure" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
      {sorted.length > 0 && (
        <ul className="pin-list" aria-label="Pinned notes">
          {sorted.map((pin) => (
            <li key={pin.id}>
              <span className="pin-time">{formatClock(pin.atMs)}</span> {pin.text}{' '}
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove the note at ${formatClock(pin.atMs)}`}
                onClick={() => {
                  void onRemove(pin.id);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
