import { formatBudget } from '../script/summary.ts';
import { formatClock } from './format-clock.ts';
import type { Turn } from './plan.ts';
import type { TurnDecision } from './records.ts';

const listed = (checkpoints: readonly string[]): string => checkpoints.map((c) => `“${c}”`).join(', ');

/**
 * Why the interviewer asked an optional turn or left it out, in words for the summary, the review and
 * `npm run simulate`: "covered at 3:12: “…we cache per tenant…”", "2:00 left, 2:36 needed…". `question` is the
 * main question's turn, whose target a probe names.
 */
export function decisionText({ reason }: TurnDecision, question?: Turn): string {
  const target = question === undefined ? '' : ` against a target of ${formatBudget(question.budget)}`;
  switch (reason.kind) {
    case 'time':
      return `Left out for time: ${formatClock(reason.leftMs)} left, ${formatClock(reason.neededMs)} needed with the turns after it`;
    case 'covered':
      return `Left out, covered at ${formatClock(reason.atMs)}: “…${reason.quote}…” (${listed(reason.checkpoints)})`;
    case 'not-covered':
      return `Asked: the answer did not cover ${listed(reason.checkpoints)}`;
    case 'coverage-unknown':
      return 'Asked: coverage unknown (no transcript of the answer in time)';
    case 'time-allows':
      return 'Asked: time allows';
    case 'thin':
      return `Asked: answer ${formatClock(reason.answerMs)}${target}`;
    case 'not-thin':
      return `Not needed: answer ${formatClock(reason.answerMs)}${target}`;
    case 'not-answered':
      return 'Not needed: the answer was skipped or ran to its limit';
  }
}
