import type { Repeated, Repetition } from '../../analysis/repetition.ts';
import { formatClock } from '../../interview/format-clock.ts';

interface RepeatedListProps {
  readonly repetition: Repetition;
  readonly onSeek: (atMs: number) => void;
}

/** The words and phrases an answer kept coming back to, each playable from its first time. */
export function RepeatedList({ repetition, onSeek }: RepeatedListProps) {
  const repeated: readonly Repeated[] = [...repetition.phrases, ...repetition.words];
  if (repeated.length === 0) return <p className="hint">No word or phrase comes back often.</p>;
  return (
    <>
      <h4>Said again and again</h4>
      <ul className="filler-list" aria-label="Said again and again">
        {repeated.map((item) => (
          <li key={item.text}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onSeek(item.firstMs);
              }}
            >
              “{item.text}” ×{item.count}, first at {formatClock(item.firstMs)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
