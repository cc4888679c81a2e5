import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../store/database.ts';
import { newSession, plan, turn } from '../store/testing/interview-fixture.ts';
import { stoppedAtLabel } from './stopped-at.ts';

/** Opening, question, its follow-up, closing; stopped in the closing. */
const session = (decisions: SessionRecord['decisions']): SessionRecord => ({
  ...newSession({
    plan: plan([
      turn('Hello', { phase: 'opening' }),
      turn('Design a cache', { questionNumber: 1 }),
      turn('What goes when it is full?', { phase: 'follow-up', questionNumber: 1 }),
      turn('Questions?', { phase: 'closing' }),
    ]),
  }),
  id: 'session-1',
  scriptId: 'cap-theorem',
  status: 'interrupted',
  ...(decisions === undefined ? {} : { decisions }),
});

describe('stoppedAtLabel', () => {
  it('counts every turn of the plan when none was left out', () => {
    expect(stoppedAtLabel({ session: session(undefined), turnIndex: 3 })).toBe('Closing (turn 4 of 4)');
  });

  it('does not count a follow-up the interviewer left out', () => {
    const decisions = [
      {
        turnIndex: 2,
        asked: false,
        reason: { kind: 'covered', checkpoints: ['Eviction'], quote: 'I would evict', atMs: 1_000 },
      },
    ] as const;
    expect(stoppedAtLabel({ session: session(decisions), turnIndex: 3 })).toBe('Closing (turn 3 of 3)');
  });
});
