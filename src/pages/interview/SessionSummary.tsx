import type { InterviewView } from '../../interview/connect.ts';
import { phaseLabel } from '../../interview/phase-label.ts';
import { formatClock } from '../../interview/format-clock.ts';
import { decisionText } from '../../interview/decision-text.ts';
import type { TurnOutcome } from '../../interview/machine-context.ts';
import { questionTurnOf } from '../../interview/plan.ts';
import type { TurnEnd } from '../../interview/records.ts';
import { libraryHref, sessionHref } from '../routes.ts';

interface SessionSummaryProps {
  readonly view: InterviewView;
  readonly onAgain: () => void;
}

const endings: Record<TurnEnd, string> = {
  done: 'You finished',
  limit: 'Time limit',
  skip: 'Skipped',
  abort: 'Interview ended',
  interrupted: 'Interrupted',
};

/** How a turn ended; for a probe, follow-up or trap, also why the interviewer asked it or left it out. */
function DecisionNote({ view, outcome }: { view: InterviewView; outcome: TurnOutcome }) {
  const decision = view.decisions.find((d) => d.turnIndex === outcome.turnIndex);
  if (decision === undefined) return endings[outcome.endedBy];
  const why = decisionText(decision, questionTurnOf(view.turns, view.turns[outcome.turnIndex]));
  return decision.asked ? `${endings[outcome.endedBy]}. ${why}` : why;
}

/** After the interview: every turn, how long the answer took and how it ended. */
export function SessionSummary({ view, onAgain }: SessionSummaryProps) {
  return (
    <div className="summary">
      <p>
        {view.status === 'aborted' ? 'You ended the interview early. ' : ''}
        Every answer is saved on this device.
      </p>
      <table className="summary-table">
        <caption>Your answers</caption>
        <thead>
          <tr>
            <th scope="col">Turn</th>
            <th scope="col">Answer time</th>
            <th scope="col">Over time</th>
            <th scope="col">Ended by</th>
          </tr>
        </thead>
        <tbody>
          {view.outcomes.map((outcome) => (
            <tr key={outcome.turnIndex}>
              <th scope="row">{phaseLabel(view.turns[outcome.turnIndex], view.questionCount)}</th>
              <td>{outcome.answerMs === undefined ? '—' : formatClock(outcome.answerMs)}</td>
              <td>{outcome.overtimeMs > 0 ? formatClock(outcome.overtimeMs) : '—'}</td>
              <td>
                <DecisionNote view={view} outcome={outcome} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        {view.sessionId !== undefined && (
          <a className="button button-primary" href={sessionHref(view.sessionId)}>
            Review and assess your answers
          </a>
        )}
        <button type="button" className="button" onClick={onAgain}>
          Practise again
        </button>
        <a className="button" href={libraryHref}>
          Back to the library
        </a>
      </div>
    </div>
  );
}
