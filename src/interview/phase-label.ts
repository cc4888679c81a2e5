import type { Turn } from './plan.ts';

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
