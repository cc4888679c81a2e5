import { describe, expect, it } from 'vitest';
import type { Budget } from '../script/model.ts';
import { answerInsights } from './answer-insights.ts';
import { peaksOf, type Segment } from './testing/synthetic-peaks.ts';

const thirtySeconds = { kind: 'limit', seconds: 30 } as const;
const twoToThree = { kind: 'window', minSeconds: 120, maxSeconds: 180 } as const;

const totalMs = (segments: readonly Segment[]): number => segments.reduce((sum, s) => sum + s.ms, 0);

/** Insights of synthetic audio whose duration is exactly that of its segments. */
const insightsOf = (segments: readonly Segment[], budget: Budget = thirtySeconds) =>
  answerInsights({ peaks: peaksOf(segments), durationMs: totalMs(segments), budget });

describe('answerInsights', () => {
  it('measures think time from the start of the recording to the first speech', () => {
    const result = insightsOf([
      { ms: 1500, level: 0 },
      { ms: 3000, level: 0.4 },
      { ms: 2500, level: 0.005 },
    ]);
    expect(Math.abs((result.thinkTimeMs ?? 0) - 1500)).toBeLessThanOrEqual(40);
    expect(result.talkMs).toBe(3000);
    expect(result.silenceMs).toBe(4000);
    expect(result.pauses).toEqual({ count: 0, longestMs: 0, list: [] });
  });

  it('counts a 2.5 s pause, not a 1.5 s one, and not the silence before or after the answer', () => {
    const result = insightsOf([
      { ms: 1000, level: 0.005 },
      { ms: 2000, level: 0.4 },
      { ms: 2500, level: 0.005 },
      { ms: 2000, level: 0.35 },
      { ms: 1500, level: 0.005 },
      { ms: 2000, level: 0.45 },
      { ms: 3000, level: 0.005 },
    ]);
    expect(result.thinkTimeMs).toBe(1000);
    expect(result.talkMs).toBe(6000);
    expect(result.silenceMs).toBe(8000);
    expect(result.pauses).toEqual({ count: 1, longestMs: 2500, list: [{ startMs: 3000, endMs: 5500 }] });
  });

  it('finds the same talk and pauses over a noisy floor at 0.03', () => {
    const result = insightsOf([
      { ms: 2000, level: 0.03 },
      { ms: 4000, level: 0.3 },
      { ms: 3000, level: 0.03 },
      { ms: 4000, level: 0.3 },
      { ms: 4000, level: 0.03 },
      { ms: 1000, level: 0.3 },
      { ms: 2000, level: 0.03 },
    ]);
    expect(result.thinkTimeMs).toBe(2000);
    expect(result.talkMs).toBe(9000);
    expect(result.silenceMs).toBe(11_000);
    expect(result.pauses).toEqual({
      count: 2,
      longestMs: 4000,
      list: [
        { startMs: 6000, endMs: 9000 },
        { startMs: 13_000, endMs: 17_000 },
      ],
    });
  });

  it('reports no think time and no talk when nobody spoke', () => {
    const result = insightsOf([{ ms: 10_000, level: 0.01 }]);
    expect(result).toEqual({
      thinkTimeMs: undefined,
      talkMs: 0,
      silenceMs: 10_000,
      pauses: { count: 0, longestMs: 0, list: [] },
      target: { verdict: 'short', lowMs: 7500, highMs: 30_000, lengthMs: 0 },
    });
  });

  it('clamps times to the measured duration when the peaks run a little longer', () => {
    const peaks = peaksOf([
      { ms: 1000, level: 0 },
      { ms: 4040, level: 0.4 },
    ]);
    const result = answerInsights({ peaks, durationMs: 5000, budget: thirtySeconds });
    expect(result.talkMs).toBe(4040);
    expect(result.silenceMs).toBe(960);
    expect(result.target.lengthMs).toBe(5000);
  });

  it('judges a 30 s limit to the end of the last speech', () => {
    const atLimit = [
      { ms: 500, level: 0 },
      { ms: 29_500, level: 0.4 },
    ];
    expect(insightsOf(atLimit).target).toEqual({
      verdict: 'within-limit',
      lowMs: 7500,
      highMs: 30_000,
      lengthMs: 30_000,
    });
    expect(insightsOf([...atLimit, { ms: 2000, level: 0 }]).target.verdict).toBe('within-limit');
    const justOver = [
      { ms: 500, level: 0 },
      { ms: 29_520, level: 0.4 },
    ];
    expect(insightsOf(justOver).target).toEqual({
      verdict: 'over-limit',
      lowMs: 7500,
      highMs: 30_000,
      lengthMs: 30_020,
    });
  });

  it('counts an answer the strict limit interrupted as over the limit', () => {
    const segments = [
      { ms: 500, level: 0 },
      { ms: 29_400, level: 0.4 },
    ];
    const result = answerInsights({
      peaks: peaksOf(segments),
      durationMs: totalMs(segments),
      budget: thirtySeconds,
      timing: { endedBy: 'limit' },
    });
    expect(result.target.verdict).toBe('over-limit');
  });

  it('judges a 2–3 minute window at its edges', () => {
    const endingAt = (ms: number) => [
      { ms: 3000, level: 0 },
      { ms: ms - 3000, level: 0.4 },
      { ms: 1500, level: 0 },
    ];
    const verdict = (ms: number) => insightsOf(endingAt(ms), twoToThree).target;
    expect(verdict(119_980)).toEqual({
      verdict: 'short',
      lowMs: 120_000,
      highMs: 180_000,
      lengthMs: 119_980,
    });
    expect(verdict(120_000).verdict).toBe('on-target');
    expect(verdict(180_000).verdict).toBe('on-target');
    expect(verdict(180_020)).toEqual({ verdict: 'long', lowMs: 120_000, highMs: 180_000, lengthMs: 180_020 });
  });
});
