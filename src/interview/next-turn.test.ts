import { describe, expect, it } from 'vitest';
import type { CoverageVerdict } from '../analysis/coverage.ts';
import { nextTurn, turnCostMs, type MainAnswer } from './next-turn.ts';
import type { Phase, Turn } from './plan.ts';
import type { TimingMode, TurnEnd } from './records.ts';

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
    expect(decision.decisions.filter((d) => !d.asked).map((d) => d.turnIndex)).toEqual(skipped);
  });

  it('says how much time was left and what the turn needed', () => {
    const elapsedMs = 1_200_000 - closingMs - 60_000;
    const { decisions } = nextTurn({ turns, current: 1, elapsedMs, durationSeconds: 1200, timing: 'strict' });
    expect(decisions[0]).toEqual({
      turnIndex: 2,
      asked: false,
      reason: { kind: 'time', leftMs: closingMs + 60_000, neededMs: 126_000 + closingMs },
    });
  });
});

describe('nextTurn, by what the main answer said', () => {
  const about = { questionNumber: 1 };
  // 0 opening · 1 question (2–3 min) · 2 probe · 3 follow-up on checkpoint 0 · 4 follow-up on 0 and 1 ·
  // 5 follow-up probing nothing · 6 trap · 7 closing
  const plan: Turn[] = [
    turn('opening', 60),
    { ...turn('question', 0), ...about, budget: { kind: 'window', minSeconds: 120, maxSeconds: 180 } },
    { ...turn('probe', 60), ...about },
    { ...turn('follow-up', 60), ...about, probes: [0] },
    { ...turn('follow-up', 60), ...about, probes: [0, 1] },
    { ...turn('follow-up', 60), ...about },
    { ...turn('trap', 60), ...about },
    turn('closing', 60),
  ];
  const covered = (item: string, quote: string, startMs: number): CoverageVerdict => ({
    item,
    covered: true,
    evidence: { quote, startMs, endMs: startMs + 2_000 },
    missing: [],
  });
  const missed = (item: string): CoverageVerdict => ({ item, covered: false, missing: [item] });
  const caching = covered('Caching', 'we cache per tenant in Redis', 192_000);
  const sharding = covered('Sharding', 'shard by tenant', 30_000);
  const answer = (answerMs: number, coverage?: readonly CoverageVerdict[], endedBy: TurnEnd = 'done') => ({
    questionNumber: 1,
    answerMs,
    endedBy,
    ...(coverage === undefined ? {} : { coverage }),
  });
  const decide = (current: number, mainAnswer: MainAnswer, elapsedMs = 0, timing: TimingMode = 'strict') =>
    nextTurn({ turns: plan, current, elapsedMs, durationSeconds: 3600, timing, mainAnswer }).decisions.map(
      ({ turnIndex, asked, reason }) => [turnIndex, asked, reason.kind],
    );

  it.each([
    // [what, after turn, main answer, decisions taken on the way to the next turn asked]
    ['a 20 s answer to a 2–3 min question is probed', 1, answer(20_000), [[2, true, 'thin']]],
    [
      'an answer inside its window is not probed',
      1,
      answer(150_000),
      [
        [2, false, 'not-thin'],
        [3, true, 'coverage-unknown'],
      ],
    ],
    [
      'a skipped question is not probed',
      1,
      answer(5_000, undefined, 'skip'),
      [
        [2, false, 'not-answered'],
        [3, true, 'coverage-unknown'],
      ],
    ],
    [
      'covered checkpoints leave their follow-ups out; the one probing nothing is asked',
      2,
      answer(150_000, [caching, sharding]),
      [
        [3, false, 'covered'],
        [4, false, 'covered'],
        [5, true, 'time-allows'],
      ],
    ],
    [
      'a follow-up is asked when one of its checkpoints was missed',
      3,
      answer(150_000, [caching, missed('Sharding')]),
      [[4, true, 'not-covered']],
    ],
    [
      'a checkpoint that names nothing to hear is unknown: asked',
      3,
      answer(150_000, [caching, { item: 'Explains clearly', covered: undefined, missing: [] }]),
      [[4, true, 'coverage-unknown']],
    ],
    [
      'traps are asked whatever was covered',
      5,
      answer(150_000, [caching, sharding]),
      [[6, true, 'time-allows']],
    ],
    [
      'covered follow-ups are left out in untimed interviews too',
      2,
      answer(150_000, [caching, missed('Sharding')]),
      [
        [3, false, 'covered'],
        [4, true, 'not-covered'],
      ],
    ],
  ] as const)('%s', (_, current, mainAnswer, decisions) => {
    expect(decide(current, mainAnswer)).toEqual(decisions);
    if (current === 2) expect(decide(current, mainAnswer, 0, 'untimed')).toEqual(decisions);
  });

  it('keeps the words and moment that covered a follow-up, so the review can quote them', () => {
    const { decisions } = nextTurn({
      turns: plan,
      current: 2,
      elapsedMs: 0,
      durationSeconds: undefined,
      timing: 'soft',
      mainAnswer: answer(150_000, [caching, sharding]),
    });
    expect(decisions[0]?.reason).toEqual({
      kind: 'covered',
      checkpoints: ['Caching'],
      quote: 'we cache per tenant in Redis',
      atMs: 192_000,
    });
    expect(decisions[1]?.reason).toMatchObject({ kind: 'covered', checkpoints: ['Caching', 'Sharding'] });
  });

  it("reads another question's answer as unknown", () => {
    expect(decide(2, { ...answer(150_000, [caching, sharding]), questionNumber: 2 })).toEqual([
      [3, true, 'coverage-unknown'],
    ]);
  });

  it("asks a thin answer's probe only if it fits, like any optional turn", () => {
    const late = 3_600_000 - 66_000 - 30_000;
    expect(decide(1, answer(20_000), late)).toEqual([
      [2, false, 'time'],
      [3, false, 'time'],
      [4, false, 'time'],
      [5, false, 'time'],
      [6, false, 'time'],
    ]);
  });
});
