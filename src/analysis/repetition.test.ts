import { describe, expect, it } from 'vitest';
import { repetitionOf } from './repetition.ts';
import { spoken } from './testing/spoken.ts';

describe('repetitionOf', () => {
  it('counts content words by stem, leaving out function words and fillers', () => {
    const { words } = repetitionOf(
      spoken('the cache, caching, cached, the cache and basically basically basically basically the the'),
      'en',
    );
    expect(words).toEqual([{ text: 'cache', count: 4, firstMs: 400 }]);
  });

  it('finds phrases said again and again, keeping the longest', () => {
    const { phrases } = repetitionOf(
      spoken('at the end of the day we ship. At the end of the day we test. At the end of the day we rest.'),
      'en',
    );
    expect(phrases.map((phrase) => [phrase.text, phrase.count])).toEqual([['at the end of the day we', 3]]);
  });

  it('does not join words across a clause', () => {
    const { phrases } = repetitionOf(spoken('data, base. data, base. data, base.'), 'en');
    expect(phrases).toEqual([]);
  });

  it('works in Russian and German too', () => {
    expect(repetitionOf(spoken('сервис сервиса сервисом сервисы и и и'), 'ru').words).toEqual([
      { text: 'сервис', count: 4, firstMs: 0 },
    ]);
    expect(repetitionOf(spoken('Dienst Dienste Dienst Diensten halt halt halt halt'), 'de').words).toEqual([
      { text: 'dienst', count: 4, firstMs: 0 },
    ]);
  });
});
