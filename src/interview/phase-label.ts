import type { Turn } from './plan.ts';
import type { TurnDecision } from './records.ts';

const phaseNames = { probe: 'Probe', 'follow-up': 'Follow-up', trap: 'Trap question' } as const;

/** How the page names a turn: "Opening", "Question 2 of 5", "Follow-up on question 2 of 5". */
export function phaseLabel(turn: Turn | undefined, questionCount: number): string {
  if (turn === undefined) return '';
  if (turn.phase === 'opening') return 'Opening';
  if (turn.phase === 'closing') return 'Closing';
  const of = `question ${turn.questionNumber ?? 0} of ${questionCount}`;
  if (turn.phase === 'question') return `Q${of.slice(1)}`;
  return `${phaseNames[turn.phase]} on ${of}`;
}

/** Where a turn stands among those the candidate is asked: "turn 4 of 7". */
export interface TurnPosition {
  readonly number: number;
  readonly count: number;
}

/**
 * The turn at `turnIndex` of a plan of `turnCount` turns, counting only turns that are asked: those done,
 * this one, and those still ahead. Turns the interviewer left out (a follow-up whose checkpoints the answer
 * covered, a probe after a full answer, a turn with no time left) are not counted, so the count can drop
 * when one is left out; a turn ahead that is not decided yet counts, since it may be asked.
 */
export function turnPosition(
  turnIndex: number,
  turnCount: number,
  decisions: readonly TurnDecision[],
): TurnPosition {
  const leftOut = new Set(decisions.filter((decision) => !decision.asked).map(({ turnIndex: i }) => i));
  const leftOutBefore = [...leftOut].filter((index) => index < turnIndex).length;
  return { number: turnIndex + 1 - leftOutBefore, count: turnCount - leftOut.size };
}
