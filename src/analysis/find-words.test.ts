import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { findWords } from './find-words.ts';
import { spoken } from './testing/spoken.ts';

describe('findWords', () => {
  it.each<[string, RecognitionLanguage, string, string, readonly number[]]>([
    ['a word in another inflection', 'ru', 'Сначала уточняю требований, потом схема', 'требования', [800]],
    ['ё written е', 'ru', 'Всё решили через очередь', 'все решили', [0]],
    ['German case and umlaut', 'de', 'Die Anforderungen kläre ich zuerst', 'anforderung', [400]],
    [
      'a phrase, punctuation aside',
      'en',
      'We shard, by tenant. Then by tenant again',
      'by tenant',
      [800, 2000],
    ],
    ['words in another order are another phrase', 'en', 'tenant by tenant', 'by shard', []],
    ['a blank query finds nothing', 'en', 'anything', '  ', []],
  ])('%s', (_, language, transcript, query, moments) => {
    expect(findWords(spoken(transcript), query, language).map((found) => found.startMs)).toEqual(moments);
  });

  it('quotes the words around each place, and stops at three places', () => {
    const found = findWords(spoken('a cache b cache c cache d cache'), 'cache', 'en');
    expect(found).toHaveLength(3);
    expect(found[0]?.snippet).toBe('a cache b cache c cache');
  });
});
