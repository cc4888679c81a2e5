import type { AnswerAnalysis } from '../../analysis/answer-analysis.ts';
import type { PaceVerdict } from '../../analysis/pace.ts';
import { formatClock } from '../../interview/format-clock.ts';
import { recognitionLanguageNames } from '../../platform/recognition/recognition.ts';
import { StoryParts } from './StoryParts.tsx';
import { RepeatedList } from './RepeatedList.tsx';

interface SpeechDetailsProps {
  readonly analysis: AnswerAnalysis;
  readonly onSeek: (atMs: number) => void;
}

const paceWords: Readonly<Record<PaceVerdict, string>> = {
  slow: 'slower than',
  'in band': 'within',
  fast: 'faster than',
  'too short to say': 'too short an answer to compare with',
};

/**
 * How an answer was said, one click away from the summary: pace, fillers (each with its moment), a story's
 * parts, and what it kept repeating.
 */
export function SpeechDetails({ analysis, onSeek }: SpeechDetailsProps) {
  const { pace, fillers } = analysis;
  return (
    <details className="reveal">
      <summary>How it was said</summary>
      <dl className="speech-figures">
        <dt>Pace</dt>
        <dd>
          {Math.round(pace.wordsPerMinute)} words a minute while talking, {paceWords[pace.verdict]} the{' '}
          {pace.band.min}–{pace.band.max} that is easy to follow in{' '}
          {recognitionLanguageNames[analysis.language]}; {Math.round(pace.overallWordsPerMinute)} over the
          whole answer, pauses included.
        </dd>
        <dt>Fillers</dt>
        <dd>
          {fillers.count === 0
            ? 'None heard.'
            : `${String(fillers.count)}: ${fillers.per100Words.toFixed(1)} per 100 words, ${fillers.perMinute.toFixed(1)} a minute.`}
        </dd>
      </dl>
      {analysis.star && <StoryParts star={analysis.star} onSeek={onSeek} />}
      <RepeatedList repetition={analysis.repetition} onSeek={onSeek} />
      {fillers.items.length > 0 && (
        <ul className="filler-list" aria-label="Fillers, in order">
          {fillers.items.map((filler, index) => (
            <li key={`${String(index)}-${String(filler.startMs)}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onSeek(filler.startMs);
                }}
              >
                “{filler.text}” at {formatClock(filler.startMs)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        Not counted: hesitation sounds (“um”, “äh”, “э-э”). Whisper leaves them out of its transcripts (in our
        measurements none came through), so only filler words such as “basically”, “halt” or “типа” are
        counted.
      </p>
    </details>
  );
}
