import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { keyTermsOf } from './key-terms.ts';

describe('keyTermsOf', () => {
  it.each<[string, RecognitionLanguage, string, readonly string[]]>([
    [
      'English names and figures',
      'en',
      'We moved to Kafka and cut latency from 500ms to 59ms with zero-copy reads.',
      ['Kafka', '500ms', '59ms', 'zero-copy'],
    ],
    ['not the word that starts a sentence', 'en', 'Then we waited. Nothing else changed.', []],
    [
      'German compounds and loanwords',
      'de',
      'Ich habe Apache Kafka integriert, das die Latenz stark reduzierte und die Datenpipeline entlastete.',
      ['Datenpipeline'],
    ],
    [
      'Latin words in Russian text',
      'ru',
      'Мы использовали Python и PostgreSQL, а деплой шёл через GitLab CI/CD.',
      ['Python', 'PostgreSQL', 'GitLab', 'CI/CD'],
    ],
    ['each term once, dashes apart', 'en', 'Redis—then Redis again, and RabbitMQ.', ['Redis', 'RabbitMQ']],
  ])('%s', (_, language, text, expected) => {
    expect(keyTermsOf([text], language)).toEqual(expected);
  });

  it('reads the hints after the model answer and stops at eight', () => {
    const terms = keyTermsOf(
      ['Alpha Beta Gamma Delta. Epsilon Zeta Eta Theta Iota.'].map((text) => `So ${text}`),
      'en',
    );
    expect(terms).toHaveLength(8);
    expect(keyTermsOf(['We used Kafka.', 'Mention Spark'], 'en')).toEqual(['Kafka', 'Spark']);
  });
});
