import { describe, expect, it } from 'vitest';
import type { Budget } from '../script/model.ts';
import { answerInsights } from './answer-insights.ts';
import { interviewInsights } from './interview-insights.ts';
import { peaksOf, type Segment } from './testing/synthetic-peaks.ts';

const thirtySeconds = { kind: 'limit', seconds: 30 } as const;
const twoToThree = { kind: 'window', minSeconds: 120, maxSeconds: 180 } as const;

const answerOf = (segments: readonly Segment[], budget: Budget) =>
  answerInsights({
    peaks: peaksOf(segments),
    durationMs: segments.reduce((sum, segment) => sum + segment.ms, 0),
    budget,
  });

describe('interviewInsights', () => {
  it('sums up think time, talk, pauses and answers on target', () => {
    const pitch = answerOf(
      [
        { ms: 1000, level: 0 },
        { ms: 10_000, level: 0.4 },
        { ms: 2500, level: 0.005 },
        { ms: 10_000, level: 0.4 },
        { ms: 1500, level: 0 },
      ],
      thirtySeconds,
    );
    const story = answerOf(
      [
        { ms: 3000, level: 0.005 },
        { ms: 60_000, level: 0.3 },
        { ms: 4000, level: 0.005 },
        { ms: 60_000, level: 0.3 },
        { ms: 3000, level: 0.005 },
        { ms: 20_000, level: 0.3 },
      ],
      twoToThree,
    );
    const silent = answerOf([{ ms: 6000, level: 0.005 }], thirtySeconds);
    expect([pitch.target.verdict, story.target.verdict, silent.target.verdict]).toEqual([
      'within-limit',
      'on-target',
      'short',
    ]);

    expect(interviewInsights([pitch, story, silent])).toEqual({
      meanThinkTimeMs: 2000,
      talkRatio: (20_000 + 140_000) / (25_000 + 150_000 + 6000),
      pauseCount: 3,
      longestPauseMs: 4000,
      // The silent answer is short of its limit's floor.
      answersOnTarget: 2,
      answersTimed: 3,
    });
  });

  it('has no means for an interview without answers', () => {
    expect(interviewInsights([])).toEqual({
      meanThinkTimeMs: undefined,
      talkRatio: undefined,
      pauseCount: 0,
      longestPauseMs: 0,
      answersOnTarget: 0,
      answersTimed: 0,
    });
  });
});
