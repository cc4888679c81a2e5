import { phaseLabel } from '../interview/phase-label.ts';
import type { InterruptedInterview } from '../store/recovery.ts';

/** Where an interrupted interview stopped, for people: "Question 3 of 8 (turn 4 of 10)". */
export function stoppedAtLabel({
  session,
  turnIndex,
}: Pick<InterruptedInterview, 'session' | 'turnIndex'>): string {
  const { turns, questionCount } = session.plan;
  return `${phaseLabel(turns[turnIndex], questionCount)} (turn ${turnIndex + 1} of ${turns.length})`;
}
