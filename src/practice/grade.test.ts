import { describe, expect, it } from 'vitest';
import { gradeAttempt, type AttemptEvidence } from './grade.ts';

const onTime: AttemptEvidence = { target: 'on-target', overShare: 0 };

describe('gradeAttempt', () => {
  it.each([
    [1, 'again'],
    [2, 'again'],
    [3, 'hard'],
    [4, 'good'],
    [5, 'easy'],
  ] as const)('takes a rating of %i as %s, whatever was measured', (rating, grade) => {
    const measuredBadly: AttemptEvidence = {
      target: 'long',
      overShare: 2,
      coverage: { covered: 0, items: 4 },
      fillersPer100Words: 12,
    };
    expect(gradeAttempt({ ...measuredBadly, rating })).toEqual({
      grade,
      from: 'rating',
      reasons: [`rated ${String(rating)} of 5`],
    });
  });

  it.each<[string, AttemptEvidence, string, readonly string[]]>([
    ['time alone never makes an answer easy', onTime, 'good', ['on time']],
    ['short', { target: 'short', overShare: 0 }, 'hard', ['shorter than planned']],
    ['a little over', { target: 'long', overShare: 0.2 }, 'hard', ['over time']],
    ['far over the window', { target: 'long', overShare: 0.8 }, 'again', ['80 % over time']],
    ['far over a limit', { target: 'over-limit', overShare: 0.6 }, 'again', ['60 % over time']],
    [
      'everything at its best',
      { ...onTime, coverage: { covered: 4, items: 4 }, fillersPer100Words: 1 },
      'easy',
      ['on time', 'covered 4 of 4 points', '1.0 fillers per 100 words'],
    ],
    ['most points', { ...onTime, coverage: { covered: 4, items: 5 } }, 'good', ['covered 4 of 5 points']],
    ['half the points', { ...onTime, coverage: { covered: 2, items: 4 } }, 'hard', ['covered 2 of 4 points']],
    [
      'few points, on time',
      { ...onTime, coverage: { covered: 1, items: 4 } },
      'again',
      ['covered 1 of 4 points'],
    ],
    [
      'all points, but fillers',
      { ...onTime, coverage: { covered: 3, items: 3 }, fillersPer100Words: 5 },
      'hard',
      ['5.0 fillers per 100 words'],
    ],
    [
      'the weakest part wins',
      { target: 'long', overShare: 0.9, coverage: { covered: 3, items: 3 }, fillersPer100Words: 0 },
      'again',
      ['90 % over time'],
    ],
    [
      'no checklist: at best good',
      { ...onTime, coverage: { covered: 0, items: 0 }, fillersPer100Words: 0 },
      'good',
      ['on time', '0.0 fillers per 100 words'],
    ],
  ])('measured: %s', (_, evidence, grade, reasons) => {
    expect(gradeAttempt(evidence)).toEqual({ grade, from: 'measured', reasons });
  });

  it('ignores a rating outside 1–5 and grades what was measured', () => {
    expect(gradeAttempt({ ...onTime, rating: 9 }).from).toBe('measured');
  });
});
