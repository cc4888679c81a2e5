import { describe, expect, it } from 'vitest';
import type { RecognisedWord } from '../platform/recognition/recognition.ts';
import { correctedWords } from './corrected-words.ts';

/** Words of 400 ms with 100 ms between them, confidence 0.8. */
function heard(text: string): RecognisedWord[] {
  return text.split(' ').map((word, index) => ({
    text: word,
    startMs: index * 500,
    endMs: index * 500 + 400,
    confidence: 0.8,
  }));
}

const brief = (words: readonly RecognisedWord[]) =>
  words.map(
    ({ text, startMs, endMs, confidence }) =>
      `${text}@${String(startMs)}-${String(endMs)}:${String(confidence)}`,
  );

describe('correctedWords', () => {
  it('keeps every word unchanged when nothing was corrected', () => {
    const words = heard('I would put a cash in front');
    expect(correctedWords(words, 'I would put a cash in front')).toEqual(words);
  });

  it('gives a replaced word the time of the one it replaces, with full confidence', () => {
    expect(brief(correctedWords(heard('put a cash in front'), 'put a cache in front'))).toEqual([
      'put@0-400:0.8',
      'a@500-900:0.8',
      'cache@1000-1400:1',
      'in@1500-1900:0.8',
      'front@2000-2400:0.8',
    ]);
  });

  it('shares the time of one misheard word among the words it should have been', () => {
    expect(brief(correctedWords(heard('use Kafka streams'), 'use Kafka stream processing'))).toEqual([
      'use@0-400:0.8',
      'Kafka@500-900:0.8',
      'stream@1000-1200:1',
      'processing@1200-1400:1',
    ]);
  });

  it('puts an inserted word in the gap where it goes, and drops deleted words', () => {
    expect(brief(correctedWords(heard('we um shard the data'), 'we shard all the data'))).toEqual([
      'we@0-400:0.8',
      'shard@1000-1400:0.8',
      'all@1400-1500:1',
      'the@1500-1900:0.8',
      'data@2000-2400:0.8',
    ]);
  });

  it('keeps the candidate’s spelling and punctuation of a matched word, and its heard time', () => {
    expect(brief(correctedWords(heard('so caching helps'), 'So, caching helps.'))).toEqual([
      'So,@0-400:0.8',
      'caching@500-900:0.8',
      'helps.@1000-1400:0.8',
    ]);
  });

  it('times words typed into an empty transcript at zero, and an emptied one has no words', () => {
    expect(brief(correctedWords([], 'hello there'))).toEqual(['hello@0-0:1', 'there@0-0:1']);
    expect(correctedWords(heard('a b c'), '   ')).toEqual([]);
  });

  it('aligns edits all over a long answer without a table of its whole size', () => {
    const long = heard(Array.from({ length: 3000 }, (_, index) => `w${String(index)}`).join(' '));
    const typed = long.map((word) => word.text);
    typed[0] = 'start';
    typed.splice(1500, 2, 'middle');
    typed[typed.length - 1] = 'end';
    const words = correctedWords(long, typed.join(' '));
    expect(words).toHaveLength(2999);
    expect(words[1]).toEqual(long[1]);
    expect(words[1499]).toEqual(long[1499]);
    expect(words[1500]).toMatchObject({
      text: 'middle',
      startMs: long[1500]?.startMs,
      endMs: long[1501]?.endMs,
    });
    expect(words[1501]).toEqual(long[1502]);
    expect(words.at(-1)).toMatchObject({ text: 'end', startMs: long.at(-1)?.startMs, confidence: 1 });
  });
});
