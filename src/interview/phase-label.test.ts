import { describe, expect, it } from 'vitest';
import { turnPosition } from './phase-label.ts';
import type { TurnDecision } from './records.ts';

const leftOut = (turnIndex: number): TurnDecision => ({
  turnIndex,
  asked: false,
  reason: {
    kind: 'covered',
    checkpoints: ['Eviction policy'],
    quote: 'an LRU eviction policy',
    atMs: 3_200,
  },
});
const asked = (turnIndex: number): TurnDecision => ({
  turnIndex,
  asked: true,
  reason: { kind: 'coverage-unknown' },
});

describe('turnPosition', () => {
  it('counts every turn of the plan while none is left out', () => {
    expect(turnPosition(0, 5, [])).toEqual({ number: 1, count: 5 });
    expect(turnPosition(4, 5, [asked(3)])).toEqual({ number: 5, count: 5 });
  });

  it('counts neither before nor in the total the turns the interviewer left out', () => {
    // Opening, question, probe (left out), follow-up (left out: covered), closing: the closing is 3 of 3.
    expect(turnPosition(4, 5, [leftOut(2), leftOut(3)])).toEqual({ number: 3, count: 3 });
    // A follow-up left out after this turn lowers the total only.
    expect(turnPosition(1, 6, [leftOut(4)])).toEqual({ number: 2, count: 5 });
  });

  it('keeps turns ahead that are not decided yet: they may be asked', () => {
    expect(turnPosition(2, 8, [leftOut(1)])).toEqual({ number: 2, count: 7 });
  });
});
