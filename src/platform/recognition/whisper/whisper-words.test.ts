import { describe, expect, it } from 'vitest';
import { wordsOfSegments, type WhisperSegment, type WhisperToken } from './whisper-words.ts';

const token = (text: string, from: number, to: number, p = 0.9): WhisperToken => ({
  text,
  p,
  offsets: { from, to },
});

describe('wordsOfSegments', () => {
  it('joins the pieces of a word, drops control tokens, and times each word from its first to its last piece', () => {
    const segment: WhisperSegment = {
      text: ' A cache, kept close.',
      offsets: { from: 0, to: 2000 },
      tokens: [
        token('[_BEG_]', 0, 0),
        token(' A', 0, 200),
        token(' ca', 200, 500, 0.5),
        token('che', 500, 800, 0.8),
        token(',', 800, 850),
        token(' kept', 900, 1300),
        token(' close', 1300, 1800),
        token('.', 1800, 1900),
        token('[_TT_100]', 2000, 2000),
      ],
    };
    expect(wordsOfSegments([segment])).toEqual([
      { text: 'A', startMs: 0, endMs: 200, confidence: 0.9 },
      { text: 'cache,', startMs: 200, endMs: 850, confidence: 0.5 },
      { text: 'kept', startMs: 900, endMs: 1300, confidence: 0.9 },
      { text: 'close.', startMs: 1300, endMs: 1900, confidence: 0.9 },
    ]);
  });

  it('takes the words of the segment when tokens split letters (Cyrillic), timing them along the tokens', () => {
    const segment: WhisperSegment = {
      text: ' Кэш рядом',
      offsets: { from: 1000, to: 2000 },
      tokens: [token(' \uFFFD', 1000, 1200), token('\uFFFDэш', 1200, 1500), token(' рядом', 1500, 2000)],
    };
    const words = wordsOfSegments([segment]);
    expect(words.map((word) => word.text)).toEqual(['Кэш', 'рядом']);
    expect(words[0]?.startMs).toBeGreaterThanOrEqual(1000);
    expect(words[0]?.endMs).toBeLessThanOrEqual(1500);
    expect(words[1]?.startMs).toBeGreaterThanOrEqual(1400);
    expect(words[1]?.endMs).toBe(2000);
  });

  it('spreads a segment without tokens over its span, and yields nothing for an empty result', () => {
    expect(wordsOfSegments([{ text: ' one two', offsets: { from: 0, to: 800 }, tokens: [] }])).toEqual([
      { text: 'one', startMs: 100, endMs: 400, confidence: 0 },
      { text: 'two', startMs: 500, endMs: 800, confidence: 0 },
    ]);
    expect(wordsOfSegments([])).toEqual([]);
  });
});
