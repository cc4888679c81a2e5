// Generated interview speech for the search bench: words drawn from a small vocabulary per language, the most
// frequent first, as speech is (a few words say most of it, most words are rare). Seeded, so every run
// searches the same history.
import type { RecognisedWord } from '../../src/platform/recognition/recognition.ts';
import type { RecognitionLanguage } from '../../src/platform/recognition/recognition.ts';

/** Said in about one English answer in a thousand: the rare word the bench searches for. */
export const RARE_WORD = 'idempotency';

const vocabulary: Readonly<Record<RecognitionLanguage, readonly string[]>> = {
  en: (
    'the and I we a to of that it is so in would for this with on be then they but what have as at by ' +
    'can not or if data service database request cache users system first team because really think ' +
    'about one when there which should latency read write queue message events replicas partition ' +
    'tenant shard load traffic failure retry timeout deploy rollback metrics alert incident design ' +
    'requirements scale throughput storage index query consistency availability leader follower ' +
    'migration schema backfill feature flag review test coverage pipeline release customer billing ' +
    'invoice payment ledger audit compliance budget deadline stakeholder priority estimate trade-off ' +
    'bottleneck profiling memory garbage thread lock contention deadlock ordering duplicates window'
  ).split(' '),
  de: (
    'die der und ich wir das ist zu den nicht ein mit es dann auf für eine dass also im auch aber wenn ' +
    'so wie Daten Dienst Datenbank Anfrage Cache Nutzer System zuerst Team weil wirklich denke über ' +
    'Latenz lesen schreiben Warteschlange Nachricht Ereignisse Replikate Partition Mandant Last Verkehr ' +
    'Ausfall Wiederholung Zeitüberschreitung Bereitstellung Rücknahme Metriken Alarm Vorfall Entwurf ' +
    'Anforderungen Skalierung Durchsatz Speicher Index Abfrage Konsistenz Verfügbarkeit Migration Schema ' +
    'Funktion Prüfung Abdeckung Kunde Abrechnung Rechnung Zahlung Budget Frist Priorität Schätzung ' +
    'Engpass Sperre Reihenfolge Duplikate Fenster Größe Straße'
  ).split(' '),
  ru: (
    'и я в мы что не на это то с как а по для но так если потом бы же уже всё ещё данные сервис база ' +
    'запрос кэш пользователи система сначала команда потому действительно думаю про задержка чтение ' +
    'запись очередь сообщение события реплики раздел нагрузка трафик отказ повтор таймаут выкатка ' +
    'откат метрики алерт инцидент схема требования требований масштаб пропускная хранилище индекс ' +
    'согласованность доступность миграция проверка покрытие клиент оплата счёт бюджет срок приоритет ' +
    'оценка узкое блокировка порядок дубликаты окно ёмкость'
  ).split(' '),
};

/** A small fast seeded generator (mulberry32): the same history every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SearchCorpus {
  /** One answer's transcript: 100–150 words, timed as speech (about 2.5 words a second). */
  answer(language: RecognitionLanguage): RecognisedWord[];
}

export function searchCorpus(seed = 12): SearchCorpus {
  const random = seeded(seed);
  let englishAnswers = 0;
  return {
    answer(language) {
      const words = vocabulary[language];
      const count = 100 + Math.floor(random() * 51);
      const texts = Array.from(
        { length: count },
        // Skewed to the front of the list: the first words are said far more than the last.
        () => words[Math.floor(words.length * random() ** 2.5)] ?? '',
      );
      if (language === 'en' && englishAnswers++ % 1_000 === 500) texts[count >> 1] = RARE_WORD;
      return texts.map((text, index) => ({
        text,
        startMs: index * 400,
        endMs: index * 400 + 350,
        confidence: 0.9,
      }));
    },
  };
}
