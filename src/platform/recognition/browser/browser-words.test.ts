import { describe, expect, it } from 'vitest';
import { finalPhrases, wordsOfPhrases, type HeardPhrase, type ResultsEvent } from './browser-words.ts';

const brief = (phrases: readonly HeardPhrase[], durationMs: number) =>
  wordsOfPhrases(phrases, durationMs).map(
    ({ text, startMs, endMs, confidence }) => `${text}@${startMs}-${endMs}:${confidence}`,
  );

describe('wordsOfPhrases', () => {
  it.each([
    ['no phrases', [], 5000, []],
    [
      'one phrase, spread by letters from the audio start',
      [{ text: 'a cache', confidence: 0.9, arrivedMs: 1200 }],
      5000,
      ['a@0-200:0.9', 'cache@200-1200:0.9'],
    ],
    [
      'a second phrase from the first one’s arrival',
      [
        { text: 'one', confidence: 0.8, arrivedMs: 600 },
        { text: 'two three', confidence: 0.7, arrivedMs: 1600 },
      ],
      5000,
      ['one@0-600:0.8', 'two@600-975:0.7', 'three@975-1600:0.7'],
    ],
    [
      'a phrase arriving after the audio ended, ending with it',
      [{ text: 'late words', confidence: 1, arrivedMs: 7000 }],
      3000,
      ['late@0-1333:1', 'words@1333-3000:1'],
    ],
    [
      'a phrase arriving out of order, squeezed to the previous arrival',
      [
        { text: 'first', confidence: 0.5, arrivedMs: 1000 },
        { text: 'second', confidence: 0.5, arrivedMs: 900 },
      ],
      5000,
      ['first@0-1000:0.5', 'second@1000-1000:0.5'],
    ],
    [
      'confidence outside 0–1 or missing, clamped',
      [
        { text: 'x', confidence: 3, arrivedMs: 100 },
        { text: 'y', confidence: Number.NaN, arrivedMs: 200 },
      ],
      5000,
      ['x@0-100:1', 'y@100-200:0'],
    ],
  ])('times %s', (_, phrases, durationMs, expected) => {
    expect(brief(phrases, durationMs)).toEqual(expected);
  });
});

describe('finalPhrases', () => {
  const result = (transcript: string, isFinal: boolean) =>
    Object.assign([{ transcript, confidence: 0.6 }], { isFinal });

  it('reads the final results from the event’s index on, skipping interim and empty ones', () => {
    const event: ResultsEvent = {
      resultIndex: 1,
      results: [result('old', true), result('new words', true), result('maybe', false), result('  ', true)],
    };
    expect(finalPhrases(event, 2500)).toEqual([{ text: 'new words', confidence: 0.6, arrivedMs: 2500 }]);
  });
});
