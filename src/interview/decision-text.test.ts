import { describe, expect, it } from 'vitest';
import { decisionText } from './decision-text.ts';
import type { Turn } from './plan.ts';
import { decisionsOf, type TurnDecision } from './records.ts';

const question: Turn = {
  phase: 'question',
  text: 'Design a cache.',
  language: 'en-US',
  budget: { kind: 'window', minSeconds: 120, maxSeconds: 180 },
  sections: [],
};

describe('decisionText', () => {
  it.each<[TurnDecision, string]>([
    [
      { turnIndex: 3, asked: false, reason: { kind: 'time', leftMs: 120_000, neededMs: 156_000 } },
      'Left out for time: 2:00 left, 2:36 needed with the turns after it',
    ],
    [
      {
        turnIndex: 3,
        asked: false,
        reason: {
          kind: 'covered',
          checkpoints: ['Caching'],
          quote: 'we cache per tenant in Redis',
          atMs: 192_000,
        },
      },
      'Left out, covered at 3:12: “…we cache per tenant in Redis…” (“Caching”)',
    ],
    [
      { turnIndex: 3, asked: true, reason: { kind: 'not-covered', checkpoints: ['Caching', 'Sharding'] } },
      'Asked: the answer did not cover “Caching”, “Sharding”',
    ],
    [
      { turnIndex: 2, asked: true, reason: { kind: 'thin', answerMs: 20_000 } },
      'Asked: answer 0:20 against a target of 2–3 min',
    ],
  ])('%j', (decision, text) => {
    expect(decisionText(decision, question)).toBe(text);
  });
});

describe('decisionsOf', () => {
  it('reads a session recorded before decisions were kept as its turns left out for time', () => {
    expect(decisionsOf({ leftOut: [{ turnIndex: 2, leftMs: 1_000, neededMs: 2_000 }] })).toEqual([
      { turnIndex: 2, asked: false, reason: { kind: 'time', leftMs: 1_000, neededMs: 2_000 } },
    ]);
    expect(decisionsOf({})).toEqual([]);
  });
});
