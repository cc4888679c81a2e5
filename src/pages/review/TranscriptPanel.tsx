import { formatClock } from '../../interview/format-clock.ts';
import type { TranscriptRecord } from '../../store/database.ts';
import type { TranscriptionStatus } from '../../transcription/transcribe-answers.ts';
import type { TranscriberState } from '../../transcription/use-session-transcription.ts';
import { settingsHref } from '../routes.ts';
import { TranscriptActions } from './TranscriptActions.tsx';
import { TranscriptCorrection } from './TranscriptCorrection.tsx';

interface TranscriptPanelProps {
  readonly transcript: TranscriptRecord | undefined;
  readonly status: TranscriptionStatus | undefined;
  /** Why this answer is not transcribed with the stored model; undefined when it is or will be. */
  readonly notTranscribed: string | undefined;
  readonly transcriber: TranscriberState;
  /** The language the answer was given in, for the transcript's lang attribute. */
  readonly language: string;
  /** The answer's label ("Question 2, follow-up 1"): each transcript is a landmark of its own name. */
  readonly label: string;
  readonly onSeek: (atMs: number) => void;
  readonly onRetry: () => void;
  readonly onTranscribeAgain: () => void;
  /** The index of the word being played, or -1. */
  readonly playingWord: number;
  /** The name to save the transcript under, by extension. */
  readonly fileName: (extension: 'txt' | 'vtt') => string;
}

/** What the recogniser heard in one answer: every word a click away from its moment in the recording. */
export function TranscriptPanel(props: TranscriptPanelProps) {
  return (
    <section className="transcript" aria-label={`Transcript: ${props.label}`}>
      <h4>Transcript</h4>
      <TranscriptBody {...props} />
    </section>
  );
}

function TranscriptBody({
  fileName,
  playingWord,
  transcript,
  status,
  notTranscribed,
  transcriber,
  language,
  onSeek,
  onRetry,
  onTranscribeAgain,
}: TranscriptPanelProps) {
  if (transcript !== undefined) {
    if (transcript.words.length === 0 && transcript.correctedWords === undefined) {
      return (
        <>
          <p className="hint">No words were heard in this answer.</p>
          <TranscriptCorrection transcript={transcript} language={language} />
        </>
      );
    }
    return (
      <>
        <p className="transcript-words" lang={language}>
          {transcript.words.map((word, index) => (
            <button
              // Words repeat; their place in the answer does not.
              key={index}
              type="button"
              tabIndex={-1}
              className={[
                'transcript-word',
                word.confidence < 0.4 ? 'transcript-unsure' : '',
                index === playingWord ? 'transcript-playing' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              aria-current={index === playingWord ? 'true' : undefined}
              title={`Go to ${formatClock(word.startMs)}`}
              onClick={() => {
                onSeek(word.startMs);
              }}
            >
              {word.text}
            </button>
          ))}
        </p>
        <p className="hint">
          Made on this device by {transcript.model}. Click a word to go to it in the recording; faint words
          are ones the recogniser was unsure of.
        </p>
        <TranscriptActions words={transcript.words} fileName={fileName} />
        <TranscriptCorrection transcript={transcript} language={language} />
        <TranscribeAgain
          status={status}
          transcriber={transcriber}
          onTranscribeAgain={onTranscribeAgain}
          onRetry={onRetry}
        />
      </>
    );
  }
  if (notTranscribed !== undefined) return <p className="hint">{notTranscribed}</p>;
  switch (transcriber.state) {
    case 'loading':
      return null;
    case 'off':
      return (
        <p className="hint">
          No transcript: transcription is turned off in <a href={settingsHref}>Settings</a>.
        </p>
      );
    case 'no-engine':
      return (
        <p className="hint">
          {transcriber.reason} <a href={settingsHref}>Open Settings</a>
        </p>
      );
    case 'failed':
      return (
        <p className="hint" role="alert">
          The speech model {transcriber.model} could not be started: {transcriber.message}{' '}
          <button type="button" className="button button-small" onClick={onRetry}>
            Try again
          </button>
        </p>
      );
    case 'starting':
    case 'ready':
      break;
  }
  if (status?.state === 'failed') {
    return (
      <p className="hint" role="alert">
        {status.message}{' '}
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      </p>
    );
  }
  const text =
    transcriber.state === 'starting'
      ? transcriber.engine === 'browser'
        ? 'Starting the browser’s on-device recogniser…'
        : `Loading the speech model ${transcriber.model}…`
      : status?.state === 'working'
        ? `Transcribing on this device… ${Math.round(status.done * 100)} %`
        : 'Waiting to be transcribed…';
  return (
    <p className="hint" role="status">
      {text}
    </p>
  );
}

/**
 * Transcribing an answer again with the model now chosen (after choosing a better one in Settings): the
 * transcript shown stays until the new one is made, and a correction is carried over to it.
 */
function TranscribeAgain({
  status,
  transcriber,
  onTranscribeAgain,
  onRetry,
}: Pick<TranscriptPanelProps, 'status' | 'transcriber' | 'onTranscribeAgain' | 'onRetry'>) {
  if (transcriber.state !== 'ready' && transcriber.state !== 'starting') return null;
  if (status?.state === 'failed') {
    return (
      <p className="hint" role="alert">
        Transcribing again failed: {status.message}{' '}
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      </p>
    );
  }
  if (status !== undefined) {
    const done = status.state === 'working' ? ` ${Math.round(status.done * 100)} %` : '';
    return (
      <p className="hint" role="status">
        Transcribing again with {transcriber.model}…{done}
      </p>
    );
  }
  return (
    <p>
      <button type="button" className="button button-small" onClick={onTranscribeAgain}>
        Transcribe again with {transcriber.model}
      </button>
    </p>
  );
}
