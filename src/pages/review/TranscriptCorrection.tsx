import { useState } from 'react';
import { errorMessage } from '../../error-message.ts';
import type { TranscriptRecord } from '../../store/database.ts';
import { correctTranscript, undoTranscriptCorrection } from '../../store/transcripts.ts';

interface TranscriptCorrectionProps {
  /** The transcript as shown: its words are the corrected ones when there are corrections. */
  readonly transcript: TranscriptRecord;
  readonly language: string;
}

/**
 * Correcting what the recogniser misheard: the text in a box, saved as timed words (each word kept keeps its
 * moment). The analysis and the search read the corrected words; what was heard is kept, to go back to.
 */
export function TranscriptCorrection({ transcript, language }: TranscriptCorrectionProps) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const corrected = transcript.correctedWords !== undefined;
  const run = (action: Promise<void>, after: () => void) => {
    action.then(
      () => {
        setFailure(undefined);
        after();
      },
      (error: unknown) => {
        setFailure(`The transcript could not be changed: ${errorMessage(error)}`);
      },
    );
  };

  if (draft === undefined) {
    return (
      <div className="transcript-correction">
        {corrected && <p className="hint">Corrected by you: the analysis and the search use your words.</p>}
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setDraft(transcript.words.map((word) => word.text).join(' '));
          }}
        >
          Correct the transcript
        </button>{' '}
        {corrected && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              run(undoTranscriptCorrection(transcript.answerId), () => undefined);
            }}
          >
            Back to what was heard
          </button>
        )}
        {failure !== undefined && (
          <p className="action-failure" role="alert">
            {failure}
          </p>
        )}
      </div>
    );
  }
  return (
    <form
      className="transcript-correction"
      onSubmit={(event) => {
        event.preventDefault();
        run(correctTranscript(transcript.answerId, draft), () => {
          setDraft(undefined);
        });
      }}
    >
      <label className="field">
        Corrected transcript
        <textarea
          lang={language}
          rows={Math.min(12, Math.max(3, Math.ceil(draft.length / 90)))}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
      </label>
      <p className="hint">
        Words you keep keep their moment in the recording; new words take the time of the ones they replace.
      </p>
      <button type="submit" className="button button-small button-primary">
        Save corrections
      </button>{' '}
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setDraft(undefined);
          setFailure(undefined);
        }}
      >
        Cancel
      </button>
      {failure !== undefined && (
        <p className="action-failure" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
