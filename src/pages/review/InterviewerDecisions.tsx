import { decisionText } from '../../interview/decision-text.ts';
import { phaseLabel } from '../../interview/phase-label.ts';
import { questionTurnOf, type InterviewPlan } from '../../interview/plan.ts';
import type { TurnDecision } from '../../interview/records.ts';
import { formatSeconds } from '../../script/summary.ts';

interface InterviewerDecisionsProps {
  readonly plan: InterviewPlan;
  readonly decisions: readonly TurnDecision[];
  readonly durationSeconds: number | undefined;
}

/**
 * Every probe, follow-up and trap that came up, asked or left out, each with its reason: the time left, what
 * the main answer covered (with its words and moment), or how short the answer was.
 */
export function InterviewerDecisions({ plan, decisions, durationSeconds }: InterviewerDecisionsProps) {
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="decisions">
      <h2 id="decisions">What the interviewer asked or left out, and why</h2>
      {durationSeconds !== undefined && (
        <p className="hint">Held to the script’s {formatSeconds(durationSeconds)}.</p>
      )}
      <ul className="left-out">
        {decisions.map((decision) => {
          const turn = plan.turns[decision.turnIndex];
          return (
            <li key={decision.turnIndex}>
              <strong>{phaseLabel(turn, plan.questionCount)}</strong>:{' '}
              <q lang={turn?.language}>{turn?.text}</q> —{' '}
              {decisionText(decision, questionTurnOf(plan.turns, turn))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
