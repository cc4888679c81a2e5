import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { paceOf, paceBands } from './pace.ts';
import type { TimedWord } from './tokens.ts';

/** `count` words at an even rate, each word 80 % of its slot, optionally with a pause in the middle. */
function evenWords(count: number, wordsPerMinute: number, pauseMs = 0): TimedWord[] {
  const slot = 60_000 / wordsPerMinute;
  return Array.from({ length: count }, (_, index) => {
    const startMs = index * slot + (index >= count / 2 ? pauseMs : 0);
    return { text: `w${String(index)}`, startMs, endMs: startMs + slot * 0.8 };
  });
}

describe('paceOf', () => {
  it.each<[RecognitionLanguage, number, string]>([
    ['en', 120, 'slow'],
    ['en', 145, 'in band'],
    ['en', 175, 'fast'],
    ['de', 100, 'slow'],
    ['de', 125, 'in band'],
    ['de', 150, 'fast'],
    ['ru', 85, 'slow'],
    ['ru', 105, 'in band'],
    ['ru', 125, 'fast'],
  ])('%s at %i words a minute is %s', (language, rate, verdict) => {
    const words = evenWords(60, rate);
    const pace = paceOf(words, language, words.at(-1)?.endMs ?? 0);
    expect(pace.verdict).toBe(verdict);
    expect(pace.wordsPerMinute).toBeCloseTo(rate, -1);
  });

  it('leaves pauses out of the speaking pace but not out of the overall one', () => {
    const words = evenWords(60, 150, 5000);
    const durationMs = (words.at(-1)?.endMs ?? 0) + 2000;
    const pace = paceOf(words, 'en', durationMs);
    expect(pace.wordsPerMinute).toBeCloseTo(150, -1);
    expect(pace.overallWordsPerMinute).toBeLessThan(125);
    expect(pace.speakingMs).toBeLessThan(durationMs - 6000);
  });

  it('gives no verdict on a few words', () => {
    expect(paceOf(evenWords(12, 250), 'en', 3000).verdict).toBe('too short to say');
  });

  it('marks the stretch that runs well above the band, and only that one', () => {
    const calm = evenWords(40, 140);
    const offset = (calm.at(-1)?.endMs ?? 0) + 200;
    const hurried = evenWords(60, 230).map((word) => ({
      ...word,
      startMs: word.startMs + offset,
      endMs: word.endMs + offset,
    }));
    const pace = paceOf([...calm, ...hurried], 'en', (hurried.at(-1)?.endMs ?? 0) + 500);
    expect(pace.fastStretches).toHaveLength(1);
    expect(pace.fastStretches[0]?.startMs).toBeGreaterThanOrEqual(offset - 10_000);
    expect(pace.fastStretches[0]?.wordsPerMinute).toBeGreaterThan(paceBands.en.max * 1.2);
  });
});
