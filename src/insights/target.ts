import type { Budget } from '../script/model.ts';

/** How an answer's length compares with its budget: too short, on target, or too long. */
export type TargetVerdict = 'short' | 'on-target' | 'long' | 'within-limit' | 'over-limit';

export interface TargetResult {
  readonly verdict: TargetVerdict;
  /** The window's lower end, or a limit's floor: below it an answer is short. */
  readonly lowMs?: number;
  /** The limit, or the window's upper end. */
  readonly highMs: number;
  /** The length that was judged. */
  readonly lengthMs: number;
}

/**
 * A limit says "at most", but a one-second answer to a two-minute question is not on target: below this share of
 * the limit an answer counts as short. A quarter leaves room for a crisp answer (30 s of a 2 min limit) and still
 * catches answers that never got going.
 */
export const limitFloorShare = 0.25;

/** Judges an answer of `lengthMs` against its budget; an answer the strict limit cut off is over, whatever its length. */
export function targetVerdict(budget: Budget, lengthMs: number, cutAtLimit: boolean): TargetResult {
  if (budget.kind === 'limit') {
    const highMs = budget.seconds * 1000;
    const lowMs = Math.round(highMs * limitFloorShare);
    const verdict =
      cutAtLimit || lengthMs > highMs ? 'over-limit' : lengthMs < lowMs ? 'short' : 'within-limit';
    return { verdict, lowMs, highMs, lengthMs };
  }
  const lowMs = budget.minSeconds * 1000;
  const highMs = budget.maxSeconds * 1000;
  const verdict = cutAtLimit || lengthMs > highMs ? 'long' : lengthMs < lowMs ? 'short' : 'on-target';
  return { verdict, lowMs, highMs, lengthMs };
}
