import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../analysis/answer-analysis.ts';
import { spoken } from '../analysis/testing/spoken.ts';
import { answerRegions } from './answer-regions.ts';

describe('answerRegions', () => {
  it('draws sections up to the last one reached, pins, and each filler as a moment', () => {
    const analysis = analyseAnswer({ words: spoken('we um shard'), language: 'en', checklist: [] });
    const regions = answerRegions({
      sections: [{ title: 'Requirements' }, { title: 'Design' }, { title: 'Scale' }],
      sectionMarks: [4000],
      insights: undefined,
      pins: [{ id: 'p1', atMs: 500, text: 'Slow start' }],
      analysis,
    });
    expect(regions).toEqual([
      { id: 'section-0', startMs: 0, endMs: 4000, label: 'Requirements', kind: 'section' },
      { id: 'section-1', startMs: 4000, label: 'Design', kind: 'section' },
      { id: 'filler-0', startMs: 400, label: '“um”', kind: 'filler' },
      { id: 'p1', startMs: 500, label: 'Slow start', kind: 'pin' },
    ]);
  });
});
