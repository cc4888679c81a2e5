import { describe, expect, it } from 'vitest';
import { nextTurn, turnCostMs } from './next-turn.ts';
import type { Phase, Turn } from './plan.ts';

/** A turn whose prompt takes the 3 s minimum reading time: with the 3 s hand-over it costs 6 s plus its budget. */
const turn = (phase: Phase, seconds: number): Turn => ({
  phase,
  text: 'Go on.',
  language: 'en-US',
  budget: { kind: 'limit', seconds },
  sections: [],
});

// 0 opening 60 s · 1 question 600 s · 2 follow-up 120 s · 3 follow-up 60 s · 4 trap 120 s · 5 closing 60 s
const turns = [
  turn('opening', 60),
  turn('question', 600),
  turn('follow-up', 120),
  turn('follow-up', 60),
  turn('trap', 120),
  turn('closing', 60),
];
const closingMs = 66_000;

describe('nextTurn', () => {
  it('costs a turn its prompt at reading pace, the hand-over and its whole budget', () => {
    expect(turnCostMs(turn('trap', 120))).toBe(126_000);
  });

  it.each([
    // [after turn, elapsed, duration, timing, next, skipped]
    ['a required turn is always next', 0, 0, 1200, 'strict', 1, []],
    ['a follow-up that fits with the closing', 1, 900_000, 1200, 'strict', 2, []],
    [
      'just fits: the follow-up and the closing use the time exactly',
      1,
      1_200_000 - 126_000 - closingMs,
      1200,
      'strict',
      2,
      [],
    ],
    [
      'too long: the shorter follow-up after it still fits',
      1,
      1_200_000 - 100_000 - closingMs,
      1200,
      'strict',
      3,
      [2],
    ],
    ['nothing optional fits: straight to the closing', 1, 1_200_000 - closingMs, 1200, 'soft', 5, [2, 3, 4]],
    ['late already: the closing is still asked', 1, 1_300_000, 1200, 'strict', 5, [2, 3, 4]],
    ['untimed interviews ask everything', 1, 1_300_000, 1200, 'untimed', 2, []],
    ['scripts without a duration ask everything', 1, 1_300_000, undefined, 'strict', 2, []],
    ['after the closing the interview is over', 5, 0, 1200, 'strict', undefined, []],
  ] as const)('%s', (_, current, elapsedMs, durationSeconds, timing, next, skipped) => {
    const decision = nextTurn({ turns, current, elapsedMs, durationSeconds, timing });
    expect(decision.turnIndex).toBe(next);
    expect(decision.skipped.map((s) => s.turnIndex)).toEqual(skipped);
  });

  it('says how much time was left and what the turn needed', () => {
    const elapsedMs = 1_200_000 - closingMs - 60_000;
    const { skipped } = nextTurn({ turns, current: 1, elapsedMs, durationSeconds: 1200, timing: 'strict' });
    expect(skipped[0]).toEqual({ turnIndex: 2, leftMs: closingMs + 60_000, neededMs: 126_000 + closingMs });
  });
});
