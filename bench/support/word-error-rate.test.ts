import { describe, expect, it } from 'vitest';
import { wordEdits, wordErrorRate, wordsOf } from './word-error-rate.ts';

describe('word error rate', () => {
  it.each([
    ['Hello, World!', ['hello', 'world']],
    ["It's the candidate's turn.", ["it's", 'the', "candidate's", 'turn']],
    ['Сначала — требования; потом схема.', ['сначала', 'требования', 'потом', 'схема']],
    ['  ', []],
  ])('reads the words of %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it.each([
    [['a', 'b', 'c'], ['a', 'b', 'c'], 0],
    [['a', 'b', 'c'], ['a', 'x', 'c'], 1],
    [['a', 'b', 'c'], ['a', 'c'], 1],
    [['a', 'b'], ['a', 'b', 'c', 'd'], 2],
    [[], ['a'], 1],
    [['a', 'b'], [], 2],
  ])('counts %j heard as %j: %i edits', (said, heard, edits) => {
    expect(wordEdits(said, heard)).toBe(edits);
  });

  it('adds up the edits of every clip over every word said', () => {
    expect(
      wordErrorRate([
        { said: 'one two three four', heard: 'one two tree four' },
        { said: 'five six', heard: 'five six seven' },
      ]),
    ).toBeCloseTo(2 / 6);
    expect(wordErrorRate([])).toBe(0);
  });
});
