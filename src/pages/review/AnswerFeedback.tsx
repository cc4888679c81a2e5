import type { FeedbackPoint } from '../../analysis/answer-feedback.ts';
import { formatClock } from '../../interview/format-clock.ts';

interface AnswerFeedbackProps {
  readonly points: readonly FeedbackPoint[];
  readonly onSeek: (atMs: number) => void;
}

/** The two or three things most worth changing in an answer, each with the moment that shows it. */
export function AnswerFeedback({ points, onSeek }: AnswerFeedbackProps) {
  return (
    <section className="answer-feedback" aria-label="Most worth changing">
      <h4>Most worth changing</h4>
      {points.length === 0 ? (
        <p className="hint">Nothing stands out in this answer’s words.</p>
      ) : (
        <ol>
          {points.map((point) => (
            <li key={point.kind}>
              {point.text}{' '}
              {point.atMs !== undefined && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    if (point.atMs !== undefined) onSeek(point.atMs);
                  }}
                >
                  Play from {formatClock(point.atMs)}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
