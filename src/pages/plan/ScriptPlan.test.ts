import { describe, expect, it } from 'vitest';
import { prompt, question, script } from '../../library/testing/script-fixture.ts';
import { timeKeptNote } from './ScriptPlan.tsx';

const probing = question('Platform', 'Design a platform.', {
  followUps: [prompt('Isolation?', 120), prompt('At 10x?', 120)],
  traps: [prompt('Database down?', 120)],
});

describe('timeKeptNote', () => {
  it.each([
    [
      'a stated duration with optional turns',
      { durationSeconds: 2700, questions: [probing] },
      '45 min · 1 question · up to 2 follow-ups and 1 trap as time allows',
    ],
    [
      'no optional turns',
      { durationSeconds: 1800, questions: [question('A', 'A?'), question('B', 'B?')] },
      '30 min · 2 questions',
    ],
    [
      'a pool asks only its draw',
      { durationSeconds: 1800, questions: [probing, probing, probing], pool: { ask: 2, order: 'in order' } },
      '30 min · 2 questions · up to 6 follow-ups and 3 traps as time allows',
    ],
  ] as const)('%s', (_, overrides, expected) => {
    expect(timeKeptNote(script('s', overrides))).toBe(expected);
  });

  it('says nothing for a script without a duration', () => {
    expect(timeKeptNote(script('s', { questions: [probing] }))).toBeUndefined();
  });
});
