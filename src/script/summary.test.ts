import { describe, expect, it } from 'vitest';
import { formatBudget, formatSeconds } from './summary.ts';

describe('formatSeconds', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [59.6, '1 min'],
    [120, '2 min'],
    [90, '1 min 30 s'],
    [1038, '17 min 18 s'],
    [1314, '21 min 54 s'],
    [3600, '1 h'],
    [4500, '1 h 15 min'],
    [7170, '2 h'],
  ])('%s s reads "%s"', (seconds, expected) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });
});

describe('formatBudget', () => {
  it.each([
    [{ kind: 'limit', seconds: 90 } as const, 'up to 1 min 30 s'],
    [{ kind: 'window', minSeconds: 120, maxSeconds: 180 } as const, '2–3 min'],
    [{ kind: 'window', minSeconds: 20, maxSeconds: 40 } as const, '20 s – 40 s'],
  ])('%o reads "%s"', (budget, expected) => {
    expect(formatBudget(budget)).toBe(expected);
  });
});
