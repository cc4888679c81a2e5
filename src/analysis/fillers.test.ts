import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { fillersOf } from './fillers.ts';
import { spoken } from './testing/spoken.ts';

function fillers(answer: string, language: RecognitionLanguage): readonly string[] {
  return fillersOf(spoken(answer), language, 60_000).items.map((item) => item.text);
}

describe('fillersOf', () => {
  it.each<[string, RecognitionLanguage, string, readonly string[]]>([
    ['hesitation sounds', 'en', 'um I think uhh we erm shard', ['um', 'uhh', 'erm']],
    [
      'always-fillers',
      'en',
      'it is basically actually literally fast',
      ['basically', 'actually', 'literally'],
    ],
    ['"like" with a pause', 'en', 'it was, like, | slow', ['like']],
    ['"I like Go" is no filler', 'en', 'I like Go, | a lot', []],
    ['"looks like" is no filler', 'en', 'it looks like, | a queue', []],
    ['"like" without a pause', 'en', 'services like Redis', []],
    ['"so" with a pause', 'en', 'so, | we start', ['so']],
    ['"so that" is no filler', 'en', 'we batch so that writes are cheap', []],
    ['sentence-opening "So" runs on', 'en', 'So the first step', []],
    ['"you know" as a filler', 'en', 'it was, you know, | slow', ['you know']],
    ['"do you know" is a question', 'en', 'do you know, | the answer', []],
    ['"you know the" runs on', 'en', 'you know the answer', []],
    ['"you know" then a pause', 'en', 'you know | the answer', ['you know']],
    ['"a kind of lock" is no hedge', 'en', 'a kind of lock', []],
    ['"kind of" as a hedge', 'en', 'it is kind of slow', ['kind of']],
    ['"what sort of" is a question', 'en', 'what sort of data', []],
    ['"I mean that" runs on', 'en', 'I mean that it fails', []],
    ['"I mean," as a filler', 'en', 'I mean, | it fails', ['i mean']],
    ['"as well" is no filler', 'en', 'reads as well, | writes', []],
    ['"right?" as a tag', 'en', 'it scales, right? | yes', ['right']],
    ['"the right way" is no filler', 'en', 'the right | way', []],
    ['German hesitation', 'de', 'ähm wir haben äh öhm', ['ähm', 'äh', 'öhm']],
    [
      'German particles',
      'de',
      'das ist halt eigentlich sozusagen quasi irgendwie so',
      ['halt', 'eigentlich', 'sozusagen', 'quasi', 'irgendwie'],
    ],
    ['German "also" as therefore', 'de', 'Also haben wir skaliert', []],
    ['German "also" with a pause', 'de', 'wir haben also | skaliert', ['also']],
    ['German "ich meine dass"', 'de', 'ich meine dass es geht', []],
    ['German "ich meine," as a filler', 'de', 'ich meine, | es geht', ['ich meine']],
    ['German "genau." standing alone', 'de', 'Genau. | Wir haben', ['genau']],
    ['German "nicht genau"', 'de', 'nicht genau, | leider', []],
    ['Russian hesitation once, however long', 'ru', 'э-э-э мы ммм сделали', ['э-э-э', 'ммм']],
    ['Russian "как бы"', 'ru', 'это как бы очередь', ['как бы']],
    ['Russian "как бы не"', 'ru', 'как бы не упасть', []],
    ['Russian "типа" as a filler', 'ru', 'там типа очередь', ['типа']],
    ['Russian "два типа" counts kinds', 'ru', 'два типа индексов', []],
    ['Russian "этого типа"', 'ru', 'этого типа данных', []],
    ['Russian "вот этот сервис"', 'ru', 'вот этот сервис', []],
    ['Russian "вот," with a pause', 'ru', 'сервис, вот, | работает', ['вот']],
    ['Russian "это значит"', 'ru', 'это значит, | что', []],
    ['Russian "значит," as a filler', 'ru', 'мы, значит, | решили', ['значит']],
    ['Russian "короче чем"', 'ru', 'путь короче чем этот', []],
    ['Russian "в общем виде"', 'ru', 'в общем виде так', []],
    ['Russian "в общем," as a filler', 'ru', 'в общем, | готово', ['в общем']],
    ['Russian "ну"', 'ru', 'ну мы сделали', ['ну']],
    ['Russian "это самое важное"', 'ru', 'это самое важное', []],
    ['Russian "это самое," as a filler', 'ru', 'там это самое, | сервис', ['это самое']],
  ])('%s', (_, language, answer, expected) => {
    expect(fillers(answer, language)).toEqual(expected);
  });

  it('counts per 100 words and per minute, and which fillers come most', () => {
    const summary = fillersOf(spoken('um we basically um shard basically by um tenant region'), 'en', 30_000);
    expect(summary.count).toBe(5);
    expect(summary.per100Words).toBeCloseTo(50);
    expect(summary.perMinute).toBeCloseTo(10);
    expect(summary.byText).toEqual([
      { text: 'um', count: 3 },
      { text: 'basically', count: 2 },
    ]);
  });

  it('times each filler, so a click plays it', () => {
    expect(fillersOf(spoken('we | um shard'), 'en', 5000).items).toEqual([
      { text: 'um', tier: 'always', startMs: 1100, endMs: 1400 },
    ]);
  });

  it('finds none in an empty answer', () => {
    expect(fillersOf([], 'ru', 0)).toMatchObject({ count: 0, per100Words: 0, perMinute: 0 });
  });
});
