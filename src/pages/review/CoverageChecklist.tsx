import type { FinalVerdict } from '../../analysis/coverage-verdicts.ts';
import { formatClock } from '../../interview/format-clock.ts';

interface CoverageChecklistProps {
  readonly items: readonly string[];
  /** What the transcript's analysis and the candidate decided; undefined while there is no transcript. */
  readonly verdicts: readonly FinalVerdict[] | undefined;
  /** The items the candidate ticked: all there is to go by without a transcript. */
  readonly ticked: readonly string[];
  /** BCP-47 tag of the items' language, when it differs from the page's. */
  readonly lang?: string;
  readonly onSet: (item: string, covered: boolean) => void;
  readonly onSeek: (atMs: number) => void;
}

function VerdictNote({
  verdict,
  onSeek,
}: {
  readonly verdict: FinalVerdict;
  readonly onSeek: (atMs: number) => void;
}) {
  const yours = verdict.source === 'candidate' ? ' · your verdict' : '';
  if (verdict.heard === true && verdict.evidence !== undefined) {
    const { evidence } = verdict;
    return (
      <span className="coverage-note">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onSeek(evidence.startMs);
          }}
        >
          Heard at {formatClock(evidence.startMs)}: <q>{evidence.quote}</q>
        </button>
        {yours}
      </span>
    );
  }
  if (verdict.heard === false) {
    const missing = verdict.missing.map((term) => `“${term}”`).join(', ');
    return (
      <span className="coverage-note">
        Not found in the transcript{missing === '' ? '' : ` (no ${missing} near the rest)`}
        {yours}
      </span>
    );
  }
  return <span className="coverage-note">Only you can judge this one{yours}</span>;
}

/**
 * A question's checkpoints and rubric, ticked from the transcript where its words were heard, each with the
 * words that showed it (a click plays them). The candidate's own tick always wins, and is kept.
 */
export function CoverageChecklist({ items, verdicts, ticked, lang, onSet, onSeek }: CoverageChecklistProps) {
  if (items.length === 0) return null;
  return (
    <fieldset className="checklist">
      <legend>What the answer covered</legend>
      <p className="hint">
        {verdicts === undefined
          ? 'Tick what the answer covered. Once it is transcribed, Viva ticks what it heard.'
          : 'Ticked where the transcript says it; change any tick, and yours is kept.'}
      </p>
      {items.map((item, index) => {
        const verdict = verdicts?.[index];
        const covered = verdict === undefined ? ticked.includes(item) : verdict.covered;
        return (
          <div key={item} className="checklist-item">
            <label>
              <input
                type="checkbox"
                checked={covered}
                onChange={() => {
                  onSet(item, !covered);
                }}
              />
              <span lang={lang}>{item}</span>
            </label>
            {verdict && <VerdictNote verdict={verdict} onSeek={onSeek} />}
          </div>
        );
      })}
    </fieldset>
  );
}
