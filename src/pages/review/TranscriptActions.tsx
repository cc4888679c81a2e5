import { useState } from 'react';
import { errorMessage } from '../../error-message.ts';
import type { RecognisedWord } from '../../platform/recognition/recognition.ts';
import { copyText } from '../../platform/clipboard.ts';
import { downloadTextFile } from '../../platform/download.ts';
import { transcriptText, transcriptVtt } from '../../transcription/transcript-files.ts';

interface TranscriptActionsProps {
  readonly words: readonly RecognisedWord[];
  /** The file name for an extension, such as cap-theorem-2025-06-01-1430-03-question.vtt. */
  readonly fileName: (extension: 'txt' | 'vtt') => string;
}

/** Copy the transcript, or save it as text or as WebVTT subtitles for the recording. */
export function TranscriptActions({ words, fileName }: TranscriptActionsProps) {
  const [status, setStatus] = useState('');
  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            copyText(transcriptText(words)).then(
              () => {
                setStatus('Transcript copied.');
              },
              (error: unknown) => {
                setStatus(`The browser did not let Viva copy: ${errorMessage(error)}`);
              },
            );
          }}
        >
          Copy
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            downloadTextFile(fileName('txt'), `${transcriptText(words)}\n`, 'text/plain;charset=utf-8');
          }}
        >
          Download .txt
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            downloadTextFile(fileName('vtt'), transcriptVtt(words), 'text/vtt;charset=utf-8');
          }}
        >
          Download .vtt
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </>
  );
}
