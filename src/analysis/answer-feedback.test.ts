import { describe, expect, it } from 'vitest';
import { analyseAnswer } from './answer-analysis.ts';
import { feedbackOf } from './answer-feedback.ts';
import { finalVerdicts } from './coverage-verdicts.ts';
import { spoken } from './testing/spoken.ts';
import type { TimedWord } from './tokens.ts';

const checklist = ['Mentions caching', 'Mentions sharding', 'Mentions replication', 'Explains clearly'];

function feedback(
  words: readonly TimedWord[],
  ticked: readonly string[] = [],
  unticked: readonly string[] = [],
) {
  const analysis = analyseAnswer({ words, language: 'en', checklist });
  return feedbackOf(analysis, finalVerdicts(analysis.coverage, ticked, unticked));
}

/** A long, calm answer: 60 words at 140 a minute. */
function calm(text: string): TimedWord[] {
  const extra = Array.from({ length: 60 }, (_, index) => `word${String(index)}`).join(' ');
  return spoken(`${text} ${extra}`).map((word, index) => ({
    ...word,
    startMs: index * 430,
    endMs: index * 430 + 400,
  }));
}

describe('feedbackOf', () => {
  it('names what was not heard first, two items and how many more', () => {
    const points = feedback(calm('we cache'));
    expect(points[0]).toEqual({
      kind: 'missed',
      text: 'Not found in the transcript: “Mentions sharding”, “Mentions replication”. Tick any you made in other words.',
    });
  });

  it('does not blame the answer for items only the candidate can judge', () => {
    expect(feedback(calm('we cache, shard and replicate'))).toEqual([]);
  });

  it('takes the candidate’s word over the analysis', () => {
    const points = feedback(calm('we cache'), ['Mentions sharding'], ['Mentions caching']);
    expect(points[0]?.text).toBe(
      'Not found in the transcript: “Mentions caching”, “Mentions replication”. Tick any you made in other words.',
    );
  });

  it('names the fillers with their rate and the moment of the most frequent', () => {
    const points = feedback(calm('um we cache, shard, um replicate basically um'));
    expect(points.map((point) => point.kind)).toEqual(['fillers']);
    expect(points[0]?.text).toMatch(/^4 fillers, 5\.\d per 100 words: “um” ×3, “basically” ×1\.$/u);
    expect(points[0]?.atMs).toBe(0);
  });

  it('leaves a few fillers in a long answer alone', () => {
    expect(feedback(calm('um we cache, shard and replicate basically'))).toEqual([]);
  });

  it('says when the pace is too fast, and where it starts', () => {
    const fast = calm('we cache, shard and replicate').map((word, index) => ({
      ...word,
      startMs: index * 300,
      endMs: index * 300 + 280,
    }));
    const [point] = feedback(fast);
    expect(point?.kind).toBe('pace');
    expect(point?.text).toMatch(/^200 words a minute while talking, above the 130–160/u);
    expect(point?.atMs).toBe(0);
  });

  it('says what a story lacks, and where its action starts when it is too short', () => {
    const words = spoken(`At my last job the deploys were slow ${'and '.repeat(30)}. So I fixed it.`);
    const analysis = analyseAnswer({ words, language: 'en', checklist: [], story: true });
    const [point] = feedbackOf(analysis, []);
    expect(point?.kind).toBe('story');
    expect(point?.text).toMatch(
      /^The action is \d+ % of the story: say more of what you yourself did\. No result heard: end with what changed/u,
    );
    expect(point?.atMs).toBe(words.find((word) => word.text === 'So')?.startMs);
  });

  it('does not look for a story in an answer that need not tell one', () => {
    const analysis = analyseAnswer({ words: calm('we cache'), language: 'en', checklist: [] });
    expect(analysis.star).toBeUndefined();
    expect(feedbackOf(analysis, [])).toEqual([]);
  });

  it('names only the three most important of four things worth changing', () => {
    // A story with no action or result, a missed checkpoint, a filler in every three words, at 200 a minute.
    const words = spoken(`At my last job ${'basically we shard '.repeat(12)}`).map((word, index) => ({
      ...word,
      startMs: index * 300,
      endMs: index * 300 + 280,
    }));
    const analysis = analyseAnswer({
      words,
      language: 'en',
      checklist: ['Mentions replication'],
      story: true,
    });
    expect(analysis.pace.verdict).toBe('fast');
    const points = feedbackOf(analysis, finalVerdicts(analysis.coverage, [], []));
    expect(points.map((point) => point.kind)).toEqual(['missed', 'story', 'fillers']);
  });
});
