import type { Budget } from '../script/model.ts';
import type { TimingMode } from './records.ts';

/**
 * Where an answer stands against its budget. 'short': under the window's lower end; 'on-time': fine;
 * 'warning': the limit is near; 'over': past the limit (or the window's upper end).
 */
export type TimingStage = 'short' | 'on-time' | 'warning' | 'over';

/** A point on the answer clock where the stage changes. */
export interface Milestone {
  readonly atMs: number;
  readonly stage: TimingStage;
}

/** The answer clock: time since the answer started, pauses excluded. Plain data, so it lives in machine context. */
export interface AnswerClock {
  readonly startedAt: number;
  readonly pausedMs: number;
  /** Set while paused: the clock stands still from here. */
  readonly pausedAt?: number;
}

/** Answer-clock milliseconds at absolute time `now`. */
export function elapsedMs(clock: AnswerClock, now: number): number {
  return Math.max(0, (clock.pausedAt ?? now) - clock.startedAt - clock.pausedMs);
}

/** The absolute time at which the answer clock reads `atMs`, if it keeps running from `now`. */
export function absoluteTimeOf(clock: AnswerClock, atMs: number): number {
  return clock.startedAt + clock.pausedMs + atMs;
}

/** How long before the limit the warning comes: a fifth of the budget, at least 5 s, at most a minute. */
export function warningLeadMs(limitMs: number): number {
  return Math.min(limitMs / 2, Math.max(5_000, Math.min(60_000, limitMs / 5)));
}

/** The answer-clock limit of a budget under a timing mode; untimed answers have none. */
export function limitMs(budget: Budget, mode: TimingMode): number | undefined {
  if (mode === 'untimed') return undefined;
  return (budget.kind === 'limit' ? budget.seconds : budget.maxSeconds) * 1000;
}

/** The stage changes of an answer, in time order; empty when untimed. */
export function milestones(budget: Budget, mode: TimingMode): readonly Milestone[] {
  const limit = limitMs(budget, mode);
  if (limit === undefined) return [];
  const list: Milestone[] = [];
  const windowStart = budget.kind === 'window' ? budget.minSeconds * 1000 : 0;
  if (windowStart > 0) list.push({ atMs: 0, stage: 'short' }, { atMs: windowStart, stage: 'on-time' });
  else list.push({ atMs: 0, stage: 'on-time' });
  // In a window the warning never comes before the window opens.
  list.push({ atMs: Math.max(windowStart, limit - warningLeadMs(limit)), stage: 'warning' });
  list.push({ atMs: limit, stage: 'over' });
  return list;
}

/** The stage at answer-clock time `atMs`. */
export function stageAt(list: readonly Milestone[], atMs: number): TimingStage {
  let stage: TimingStage = 'on-time';
  for (const milestone of list) if (milestone.atMs <= atMs) stage = milestone.stage;
  return stage;
}

/** The next milestone after answer-clock time `atMs`, if any. */
export function nextMilestone(list: readonly Milestone[], atMs: number): Milestone | undefined {
  return list.find((milestone) => milestone.atMs > atMs);
}

/** Answer-clock time beyond the limit; 0 within it or when untimed. */
export function overtimeMs(budget: Budget, mode: TimingMode, atMs: number): number {
  const limit = limitMs(budget, mode);
  return limit === undefined ? 0 : Math.max(0, atMs - limit);
}

const wordsOf = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;

/** How long a caption stays up when it is not spoken: about 200 words a minute, at least 3 s. */
export function readingTimeMs(text: string): number {
  return Math.max(3_000, 1_000 + wordsOf(text) * 300);
}

/**
 * How long speech may take before the interview stops waiting for its `end` event, which some engines
 * never send: twice a slow speaker's time (about 10 characters a second), plus 5 s for the engine to start.
 */
export function speechWatchdogMs(text: string, rate: number): number {
  return 5_000 + (2 * text.length * 100) / Math.max(0.5, rate);
}
