import { formatClock } from '../../interview/format-clock.ts';
import { phaseLabel } from '../../interview/phase-label.ts';
import type { InterviewPlan } from '../../interview/plan.ts';
import type { LeftOutTurn } from '../../interview/records.ts';
import { formatSeconds } from '../../script/summary.ts';

interface LeftOutTurnsProps {
  readonly plan: InterviewPlan;
  readonly leftOut: readonly LeftOutTurn[];
  readonly durationSeconds: number | undefined;
}

/** The follow-ups and traps the interviewer did not ask to keep to the script's duration, each with its reason. */
export function LeftOutTurns({ plan, leftOut, durationSeconds }: LeftOutTurnsProps) {
  if (leftOut.length === 0) return null;
  return (
    <section aria-labelledby="left-out">
      <h2 id="left-out">
        Not asked, to end within {durationSeconds === undefined ? 'the time' : formatSeconds(durationSeconds)}
      </h2>
      <ul className="left-out">
        {leftOut.map(({ turnIndex, leftMs, neededMs }) => {
          const turn = plan.turns[turnIndex];
          return (
            <li key={turnIndex}>
              <strong>{phaseLabel(turn, plan.questionCount)}</strong>:{' '}
              <q lang={turn?.language}>{turn?.text}</q> — {formatClock(leftMs)} left, {formatClock(neededMs)}{' '}
              needed with the turns after it
            </li>
          );
        })}
      </ul>
    </section>
  );
}
