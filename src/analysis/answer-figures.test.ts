import { describe, expect, it } from 'vitest';
import { analyseAnswer } from './answer-analysis.ts';
import { answerFigures, interviewFigures } from './answer-figures.ts';
import { finalVerdicts } from './coverage-verdicts.ts';
import { spoken } from './testing/spoken.ts';

function figures(text: string, checklist: readonly string[], ticked: readonly string[] = []) {
  const analysis = analyseAnswer({ words: spoken(text), language: 'en', checklist });
  return answerFigures(analysis, finalVerdicts(analysis.coverage, ticked, []));
}

describe('answerFigures and interviewFigures', () => {
  it('counts covered items with the candidate’s ticks, words, fillers, and leaves out a pace too short to say', () => {
    expect(
      figures('um we add a cache', ['Mentions caching', 'Mentions sharding'], ['Mentions sharding']),
    ).toEqual({
      covered: 2,
      items: 2,
      words: 5,
      fillers: 1,
      speakingMs: 1900,
      wordsPerMinute: undefined,
    });
  });

  it('adds up an interview: items over every answer, fillers over all words, pace over all talking', () => {
    const one = figures('um we add a cache', ['Mentions caching']);
    const two = figures('we shard by tenant basically', ['Mentions replication']);
    const total = interviewFigures([one, two]);
    expect(total).toMatchObject({ answers: 2, covered: 1, items: 2 });
    expect(total.fillersPer100Words).toBeCloseTo(20);
    expect(total.wordsPerMinute).toBeCloseTo((10 / 3800) * 60_000);
  });

  it('has no rates for an interview without words', () => {
    expect(interviewFigures([])).toEqual({
      answers: 0,
      covered: 0,
      items: 0,
      fillersPer100Words: undefined,
      wordsPerMinute: undefined,
    });
  });
});
