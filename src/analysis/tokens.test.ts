import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { textWords, tokenise } from './tokens.ts';

function norms(text: string, language: RecognitionLanguage): readonly string[] {
  return tokenise(textWords(text), language).map((token) => token.norm);
}

describe('tokenise', () => {
  it.each<[string, RecognitionLanguage, readonly string[]]>([
    ['SynchronizationContext', 'en', ['synchronization', 'context']],
    ['ConfigureAwait(false)', 'en', ['configure', 'await', 'false']],
    ['HTTPServer', 'en', ['http', 'server']],
    ['twenty five services', 'en', ['25', 'services']],
    ['three thousand and ten', 'en', ['3000', 'and', '10']],
    ['two hundred', 'en', ['200']],
    ['fünfundzwanzig Dienste', 'de', ['25', 'dienste']],
    ['eine Datenbank', 'de', ['eine', 'datenbank']],
    ['двадцать пять сервисов', 'ru', ['25', 'сервисов']],
    ['Ёлка', 'ru', ['елка']],
    ['Consumer-Processing', 'de', ['consumer', 'processing']],
  ])('%s', (text, language, expected) => {
    expect(norms(text, language)).toEqual(expected);
  });

  it('stops a number at a break: "ten, five" are two numbers', () => {
    expect(norms('ten, five', 'en')).toEqual(['10', '5']);
  });

  it('marks sentence starts and breaks', () => {
    const tokens = tokenise(textWords('It works. So, we ship'), 'en');
    expect(tokens.map((token) => [token.norm, token.sentenceStart, token.breakAfter])).toEqual([
      ['it', true, false],
      ['works', false, true],
      ['so', true, true],
      ['we', false, false],
      ['ship', false, false],
    ]);
  });
});
