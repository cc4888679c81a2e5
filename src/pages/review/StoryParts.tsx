import type { StarStructure } from '../../analysis/star.ts';
import type { StarPart } from '../../analysis/star-signals.ts';
import { formatClock } from '../../interview/format-clock.ts';

const names: Readonly<Record<StarPart, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

interface StoryPartsProps {
  readonly star: StarStructure;
  readonly onSeek: (atMs: number) => void;
}

/** A behavioural answer's STAR parts: where each starts (a click plays it) and its share of the answer. */
export function StoryParts({ star, onSeek }: StoryPartsProps) {
  return (
    <table className="summary-table">
      <caption>The story: Situation, Task, Action, Result</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Starts</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {star.parts.map((part) => (
          <tr key={part.part}>
            <th scope="row">{names[part.part]}</th>
            <td>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onSeek(part.startMs);
                }}
              >
                {formatClock(part.startMs)}: “{part.signal}”
              </button>
            </td>
            <td>{Math.round(part.share * 100)} %</td>
          </tr>
        ))}
        {star.missing.map((part) => (
          <tr key={part}>
            <th scope="row">{names[part]}</th>
            <td colSpan={2}>not heard</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
