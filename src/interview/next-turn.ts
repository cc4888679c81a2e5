import type { Budget } from '../script/model.ts';
import { budgetSeconds } from '../script/summary.ts';
import type { Turn } from './plan.ts';
import type { LeftOutTurn, TimingMode } from './records.ts';
import { readingTimeMs } from './timing.ts';

export interface NextTurn {
  /** The turn to ask next; absent when the interview is over. */
  readonly turnIndex: number | undefined;
  /** Its budget, shortened where the required turns left no longer fit at their full budgets. */
  readonly budget: Budget | undefined;
  /** Optional turns passed over on the way there, in order. */
  readonly skipped: readonly LeftOutTurn[];
}

export interface NextTurnInput {
  readonly turns: readonly Turn[];
  /** The turn just finished (-1 before the first). */
  readonly current: number;
  /** Time since the interview started. */
  readonly elapsedMs: number;
  /** The duration the script announces to the candidate; without one, every turn is asked. */
  readonly durationSeconds: number | undefined;
  readonly timing: TimingMode;
}

/** Follow-ups and traps are asked only if they fit; the questions, opening and closing always are. */
export const isOptional = (turn: Turn): boolean => turn.phase === 'follow-up' || turn.phase === 'trap';

/** The strict limit's "we need to move on" line, or the pause between turns: time no budget shows. */
export const HANDOVER_MS = 3_000;

/** What a turn takes around its answer: the prompt at reading pace and the hand-over to the next. */
const askingMs = (turn: Turn): number => readingTimeMs(turn.text) + HANDOVER_MS;

/** What a turn takes if the candidate uses the whole budget. */
export function turnCostMs(turn: Turn): number {
  return askingMs(turn) + budgetSeconds(turn.budget) * 1000;
}

/**
 * The next turn of the plan. A script that states its duration is held to it (strict and soft timing alike:
 * in soft mode the candidate may run over, but the interviewer plans no overtime): an optional turn is asked
 * only when it and every required turn after it fit in the time left, so the closing always starts in time.
 * Untimed interviews, and scripts without a duration, ask every turn.
 */
export function nextTurn({ turns, current, elapsedMs, durationSeconds, timing }: NextTurnInput): NextTurn {
  const skipped: LeftOutTurn[] = [];
  for (let index = current + 1; index < turns.length; index++) {
    const turn = turns[index];
    if (turn === undefined) break;
    if (durationSeconds === undefined || timing === 'untimed')
      return { turnIndex: index, budget: turn.budget, skipped };
    const leftMs = durationSeconds * 1000 - elapsedMs;
    if (!isOptional(turn)) {
      return { turnIndex: index, budget: fittedBudget(turns, index, leftMs), skipped };
    }
    const neededMs = turnCostMs(turn) + requiredCostMs(turns.slice(index + 1));
    if (neededMs <= leftMs) return { turnIndex: index, budget: turn.budget, skipped };
    skipped.push({ turnIndex: index, leftMs, neededMs });
  }
  return { turnIndex: undefined, budget: undefined, skipped };
}

const requiredCostMs = (turns: readonly Turn[]): number =>
  turns.filter((turn) => !isOptional(turn)).reduce((sum, turn) => sum + turnCostMs(turn), 0);

/** No answer budget is cut below this: a question asked at all deserves time for an answer. */
const SHORTEST_FITTED_SECONDS = 15;

/**
 * A required turn's budget when the required turns from here on (seed 004: a 45-minute question in a
 * 45-minute interview, with an opening and a closing) do not fit in the time left: every one of them is
 * shortened by the same share, so the closing still starts in time. Budgets that fit are kept.
 */
function fittedBudget(turns: readonly Turn[], index: number, leftMs: number): Budget {
  const turn = turns[index];
  if (turn === undefined) throw new Error(`No turn ${index} in the plan.`);
  const required = turns.slice(index).filter((later) => !isOptional(later));
  const promptsMs = required.reduce((sum, later) => sum + askingMs(later), 0);
  const answersMs = required.reduce((sum, later) => sum + budgetSeconds(later.budget) * 1000, 0);
  const share = (leftMs - promptsMs) / answersMs;
  if (share >= 1) return turn.budget;
  const fit = (seconds: number) =>
    Math.min(seconds, Math.max(SHORTEST_FITTED_SECONDS, Math.floor(seconds * Math.max(0, share))));
  return turn.budget.kind === 'limit'
    ? { kind: 'limit', seconds: fit(turn.budget.seconds) }
    : { kind: 'window', minSeconds: fit(turn.budget.minSeconds), maxSeconds: fit(turn.budget.maxSeconds) };
}
