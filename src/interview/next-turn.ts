import type { CoverageVerdict } from '../analysis/coverage.ts';
import { targetVerdict } from '../insights/target.ts';
import type { Budget } from '../script/model.ts';
import { budgetSeconds } from '../script/summary.ts';
import { questionTurnOf, type Turn } from './plan.ts';
import type { DecisionReason, TimingMode, TurnDecision, TurnEnd } from './records.ts';
import { readingTimeMs } from './timing.ts';

export interface NextTurn {
  /** The turn to ask next; absent when the interview is over. */
  readonly turnIndex: number | undefined;
  /** Its budget, shortened where the required turns left no longer fit at their full budgets. */
  readonly budget: Budget | undefined;
  /** What was decided about each optional turn on the way there, in order: those left out, then the one asked. */
  readonly decisions: readonly TurnDecision[];
}

/** The main answer of the question whose follow-ups come next: how long it was, and what it covered. */
export interface MainAnswer {
  /** The question's `questionNumber` in the plan. */
  readonly questionNumber: number;
  /** Answer-clock length; absent when the question was skipped before the answer began. */
  readonly answerMs?: number;
  readonly endedBy: TurnEnd;
  /**
   * The question's checkpoints as its transcript covered them, in the script's order (see `coverageOf`);
   * absent when unknown: transcription off, no model, or no transcript within the wait.
   */
  readonly coverage?: readonly CoverageVerdict[];
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
  /** The latest question's main answer, once it has ended. */
  readonly mainAnswer?: MainAnswer | undefined;
}

/** Probes, follow-ups and traps are asked only if they fit; the questions, opening and closing always are. */
export const isOptional = (turn: Turn): boolean =>
  turn.phase === 'probe' || turn.phase === 'follow-up' || turn.phase === 'trap';

/** The strict limit's "we need to move on" line, or the pause between turns: time no budget shows. */
export const HANDOVER_MS = 3_000;

/** What a turn takes around its answer: the prompt at reading pace and the hand-over to the next. */
const askingMs = (turn: Turn): number => readingTimeMs(turn.text) + HANDOVER_MS;

/** What a turn takes if the candidate uses the whole budget. */
export function turnCostMs(turn: Turn): number {
  return askingMs(turn) + budgetSeconds(turn.budget) * 1000;
}

/**
 * The next turn of the plan. An optional turn is first judged by what the main answer said: a probe is asked
 * only after a short answer, a follow-up is left out when the answer covered every checkpoint it probes
 * (unknown coverage asks it), a trap is always wanted. Then by time: a script that states its duration is held
 * to it (strict and soft timing alike: in soft mode the candidate may run over, but the interviewer plans no
 * overtime), so an optional turn is asked only when it and every required turn after it fit in the time left,
 * and the closing always starts in time. Untimed interviews, and scripts without a duration, skip nothing for time.
 */
export function nextTurn(input: NextTurnInput): NextTurn {
  const { turns, current, elapsedMs, durationSeconds, timing } = input;
  const decisions: TurnDecision[] = [];
  const timed = durationSeconds !== undefined && timing !== 'untimed';
  const leftMs = (durationSeconds ?? 0) * 1000 - elapsedMs;
  for (let index = current + 1; index < turns.length; index++) {
    const turn = turns[index];
    if (turn === undefined) break;
    if (!isOptional(turn))
      return {
        turnIndex: index,
        budget: timed ? fittedBudget(turns, index, leftMs) : turn.budget,
        decisions,
      };
    const wanted = wantedFor(turn, turns, input.mainAnswer);
    const neededMs = turnCostMs(turn) + requiredCostMs(turns.slice(index + 1));
    const decision: TurnDecision = !wanted.asked
      ? { turnIndex: index, ...wanted }
      : timed && neededMs > leftMs
        ? { turnIndex: index, asked: false, reason: { kind: 'time', leftMs, neededMs } }
        : { turnIndex: index, ...wanted };
    decisions.push(decision);
    if (decision.asked) return { turnIndex: index, budget: turn.budget, decisions };
  }
  return { turnIndex: undefined, budget: undefined, decisions };
}

type Wanted = Pick<TurnDecision, 'asked' | 'reason'>;

/** Whether an optional turn is worth asking, time aside, given what the main answer said. */
function wantedFor(turn: Turn, turns: readonly Turn[], answer: MainAnswer | undefined): Wanted {
  const mine = answer?.questionNumber === turn.questionNumber ? answer : undefined;
  if (turn.phase === 'probe') return probeWanted(turn, turns, mine);
  if (turn.phase === 'trap' || turn.probes === undefined || turn.probes.length === 0)
    return { asked: true, reason: { kind: 'time-allows' } };
  const verdicts = turn.probes.map((checkpoint) => mine?.coverage?.[checkpoint]);
  const missed = verdicts.filter((verdict) => verdict?.covered === false);
  if (missed.length > 0)
    return { asked: true, reason: { kind: 'not-covered', checkpoints: missed.map((v) => v?.item ?? '') } };
  const evidence = verdicts.map((verdict) => (verdict?.covered === true ? verdict.evidence : undefined));
  const first = evidence[0];
  if (first === undefined || evidence.some((quote) => quote === undefined))
    return { asked: true, reason: { kind: 'coverage-unknown' } };
  const reason: DecisionReason = {
    kind: 'covered',
    checkpoints: verdicts.map((verdict) => verdict?.item ?? ''),
    quote: first.quote,
    atMs: first.startMs,
  };
  return { asked: false, reason };
}

/** A probe follows a main answer that ended early by the candidate's own choice, well under its target. */
function probeWanted(turn: Turn, turns: readonly Turn[], answer: MainAnswer | undefined): Wanted {
  const question = questionTurnOf(turns, turn);
  if (answer?.answerMs === undefined || answer.endedBy !== 'done' || question === undefined)
    return { asked: false, reason: { kind: 'not-answered' } };
  const short = targetVerdict(question.budget, answer.answerMs, false).verdict === 'short';
  return { asked: short, reason: { kind: short ? 'thin' : 'not-thin', answerMs: answer.answerMs } };
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
