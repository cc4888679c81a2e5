import type { Budget } from '../script/model.ts';

/** How an answer's length compares with its budget: a window's three outcomes, or a limit's two. */
export type TargetVerdict = 'short' | 'on-target' | 'long' | 'within-limit' | 'over-limit';

export interface TargetResult {
  readonly verdict: TargetVerdict;
  /** The window's lower end; absent for a limit. */
  readonly lowMs?: number;
  /** The limit, or the window's upper end. */
  readonly highMs: number;
  /** The length that was judged. */
  readonly lengthMs: number;
}

/** Judges an answer of `lengthMs` against its budget; an answer the strict limit cut off is over, whatever its length. */
export function targetVerdict(budget: Budget, lengthMs: number, cutAtLimit: boolean): TargetResult {
  if (budget.kind === 'limit') {
    const highMs = budget.seconds * 1000;
    const over = cutAtLimit || lengthMs > highMs;
    return { verdict: over ? 'over-limit' : 'within-limit', highMs, lengthMs };
  }
  const lowMs = budget.minSeconds * 1000;
  const highMs = budget.maxSeconds * 1000;
  const verdict = cutAtLimit || lengthMs > highMs ? 'long' : lengthMs < lowMs ? 'short' : 'on-target';
  return { verdict, lowMs, highMs, lengthMs };
}
