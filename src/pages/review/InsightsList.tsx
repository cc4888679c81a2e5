import { formatClock } from '../../interview/format-clock.ts';
import type { AnswerInsights } from '../../insights/answer-insights.ts';
import type { TargetVerdict } from '../../insights/target.ts';

const verdicts: Record<TargetVerdict, string> = {
  short: 'Shorter than the target',
  'on-target': 'Inside the target window',
  long: 'Longer than the target',
  'within-limit': 'Within the limit',
  'over-limit': 'Over the limit',
};

/** What the audio says about an answer: think time, talk and silence, long pauses, and length against the target. */
export function InsightsList({ insights }: { readonly insights: AnswerInsights }) {
  const { thinkTimeMs, talkMs, silenceMs, pauses, target } = insights;
  return (
    <dl className="insights">
      <div>
        <dt>Think time</dt>
        <dd>{thinkTimeMs === undefined ? 'No speech heard' : formatClock(thinkTimeMs)}</dd>
      </div>
      <div>
        <dt>Talk / silence</dt>
        <dd>
          {formatClock(talkMs)} / {formatClock(silenceMs)}
        </dd>
      </div>
      <div>
        <dt>Pauses over 2 s</dt>
        <dd>
          {pauses.count === 0 ? 'None' : `${pauses.count}, longest ${(pauses.longestMs / 1000).toFixed(1)} s`}
        </dd>
      </div>
      <div>
        <dt>Length</dt>
        <dd className={`verdict verdict-${target.verdict}`}>
          {verdicts[target.verdict]} ({formatClock(target.lengthMs)})
        </dd>
      </div>
    </dl>
  );
}
