import { phaseLabel, turnPosition } from '../interview/phase-label.ts';
import { decisionsOf } from '../interview/records.ts';
import type { InterruptedInterview } from '../store/recovery.ts';

/** Where an interrupted interview stopped, for people: "Question 3 of 8 (turn 4 of 10)", turns left out not counted. */
export function stoppedAtLabel({
  session,
  turnIndex,
}: Pick<InterruptedInterview, 'session' | 'turnIndex'>): string {
  const { turns, questionCount } = session.plan;
  const { number, count } = turnPosition(turnIndex, turns.length, decisionsOf(session));
  return `${phaseLabel(turns[turnIndex], questionCount)} (turn ${number} of ${count})`;
}
