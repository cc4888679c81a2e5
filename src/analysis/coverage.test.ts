import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { coverageOf } from './coverage.ts';
import { spoken } from './testing/spoken.ts';

function covered(item: string, answer: string, language: RecognitionLanguage): boolean | undefined {
  return coverageOf([item], spoken(answer), language)[0]?.covered;
}

describe('coverageOf', () => {
  it.each<[string, RecognitionLanguage, string, string, boolean | undefined]>([
    [
      'all terms, other order',
      'en',
      'Explains state machine transformation',
      'the compiler transforms it into a state machine',
      true,
    ],
    ['one of three terms', 'en', 'Explains state machine transformation', 'there is a state to keep', false],
    [
      'camelCase said as words',
      'en',
      'Discusses SynchronizationContext',
      'it captures the synchronization context',
      true,
    ],
    [
      'call syntax said as words',
      'en',
      'Mentions ConfigureAwait(false)',
      'call configure await false on it',
      true,
    ],
    [
      'inflection',
      'en',
      'Explains performance implications',
      'the performance implication is an allocation',
      true,
    ],
    ['negated', 'en', 'Mentions ConfigureAwait(false)', "I don't know configure await false", false],
    ['not only … but also says it', 'en', 'Mentions caching', 'not only caching but also sharding', true],
    [
      'terms too far apart',
      'en',
      'Explains cache invalidation',
      'a cache ' + 'word '.repeat(30) + 'and invalidation',
      false,
    ],
    ['abbreviation', 'en', 'Proposes a database index', 'I would add an index to the db', true],
    [
      'number spoken as words',
      'en',
      'Targets 99 percent availability',
      'ninety nine percent availability',
      true,
    ],
    [
      'number words combined',
      'en',
      'Mentions 250 requests per second',
      'two hundred fifty requests per second',
      true,
    ],
    ['nothing to hear', 'en', 'Explains clearly', 'anything at all', undefined],
    [
      'alternative phrasing',
      'en',
      'Mentions idempotency (also: safe to retry)',
      'each call is safe to retry',
      true,
    ],
    ['alternative partly heard', 'en', 'Mentions idempotency (also: safe to retry)', 'it is safe', false],
    [
      'bracketed details, enough of them',
      'en',
      'Explains layers (Domain, Application, Infrastructure, API)',
      'the domain sits inside the application and infrastructure',
      true,
    ],
    [
      'bracketed details, one of them',
      'en',
      'Explains layers (Domain, Application, Infrastructure, API)',
      'the domain model is rich',
      false,
    ],
    [
      'the main terms beside details',
      'en',
      'Checks monitoring (slow queries, connection pool)',
      'first I look at our monitoring',
      true,
    ],
    ['four terms, three heard', 'en', 'Shards users by tenant region', 'we shard the users by tenant', true],
    ['German inflection', 'de', 'Nennt die Anforderungen', 'zuerst kläre ich die Anforderung', true],
    ['German compound', 'de', 'Erwähnt die Datenbank', 'ein Datenbankindex hilft', true],
    ['German negation after the object', 'de', 'Erwähnt Caching', 'Caching haben wir nicht gebraucht', false],
    [
      'German negation in another clause',
      'de',
      'Erwähnt Caching',
      'Caching haben wir eingeführt, nicht Sharding',
      true,
    ],
    ['German not heard', 'de', 'Beschreibt Lasttests', 'wir haben es schnell gemacht', false],
    [
      'German number',
      'de',
      'Reduziert die Latenz auf 10 Sekunden',
      'die Latenz sank auf zehn Sekunden',
      true,
    ],
    ['German compound number', 'de', 'Nennt 25 Dienste', 'wir haben fünfundzwanzig Dienste', true],
    [
      'Russian inflection',
      'ru',
      'Упоминает требования к масштабированию',
      'я уточняю требований и масштабирование',
      true,
    ],
    ['Russian ё folded', 'ru', 'Объясняет всё про очередь', 'вся очередь и все', true],
    ['Russian negation after the object', 'ru', 'Упоминает кэширование', 'кэширование мы не делали', false],
    [
      'Russian negation in another clause',
      'ru',
      'Упоминает кэширование',
      'кэширование мы добавили, а шардирование не делали',
      true,
    ],
    [
      'English negation reaches five words',
      'en',
      'Mentions pagination',
      'I am not really sure about pagination',
      false,
    ],
    ['Russian negated only', 'ru', 'Упоминает кэширование', 'мы не используем кэширование', false],
    ['Russian number', 'ru', 'Называет 25 сервисов', 'у нас двадцать пять сервисов', true],
    ['Russian not heard', 'ru', 'Описывает мониторинг', 'мы всё быстро сделали', false],
  ])('%s', (_, language, item, answer, expected) => {
    expect(covered(item, answer, language)).toBe(expected);
  });

  it('quotes the words that covered an item, with a little context, and when they were said', () => {
    const [verdict] = coverageOf(
      ['Discusses SynchronizationContext'],
      spoken('first it captures the synchronization context, then it resumes'),
      'en',
    );
    expect(verdict?.evidence).toEqual({
      quote: 'captures the synchronization context, then it',
      startMs: 800,
      endMs: 3100,
    });
  });

  it('names the terms a missed item lacked', () => {
    const [verdict] = coverageOf(['Explains state machine transformation'], spoken('a state machine'), 'en');
    expect(verdict).toMatchObject({ covered: false, missing: ['transformation'] });
  });

  it('judges every item of a checklist, in order', () => {
    const verdicts = coverageOf(['Mentions caching', 'Mentions sharding'], spoken('we shard'), 'en');
    expect(verdicts.map((verdict) => [verdict.item, verdict.covered])).toEqual([
      ['Mentions caching', false],
      ['Mentions sharding', true],
    ]);
  });
});
