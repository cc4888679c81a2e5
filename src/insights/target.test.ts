import { describe, expect, it } from 'vitest';
import { targetVerdict } from './target.ts';

const thirtySeconds = { kind: 'limit', seconds: 30 } as const;
const twoToThree = { kind: 'window', minSeconds: 120, maxSeconds: 180 } as const;

describe('targetVerdict', () => {
  it('judges a limit inclusively', () => {
    expect(targetVerdict(thirtySeconds, 30_000, false)).toEqual({
      verdict: 'within-limit',
      lowMs: 7500,
      highMs: 30_000,
      lengthMs: 30_000,
    });
    expect(targetVerdict(thirtySeconds, 30_001, false).verdict).toBe('over-limit');
  });

  it('calls an answer far under its limit short, not on target', () => {
    const twoMinutes = { kind: 'limit', seconds: 120 } as const;
    expect(targetVerdict(twoMinutes, 1000, false).verdict).toBe('short');
    expect(targetVerdict(twoMinutes, 29_999, false).verdict).toBe('short');
    expect(targetVerdict(twoMinutes, 30_000, false).verdict).toBe('within-limit');
  });

  it('judges a window as short, on target or long, both ends inclusive', () => {
    expect(targetVerdict(twoToThree, 119_999, false)).toEqual({
      verdict: 'short',
      lowMs: 120_000,
      highMs: 180_000,
      lengthMs: 119_999,
    });
    expect(targetVerdict(twoToThree, 120_000, false).verdict).toBe('on-target');
    expect(targetVerdict(twoToThree, 180_000, false).verdict).toBe('on-target');
    expect(targetVerdict(twoToThree, 180_001, false).verdict).toBe('long');
  });

  it('counts an answer the strict limit cut off as over, whatever its length', () => {
    expect(targetVerdict(thirtySeconds, 29_000, true).verdict).toBe('over-limit');
    expect(targetVerdict(twoToThree, 150_000, true).verdict).toBe('long');
  });
});
