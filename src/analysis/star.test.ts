import { describe, expect, it } from 'vitest';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { starOf } from './star.ts';
import { spoken } from './testing/spoken.ts';

function star(text: string, language: RecognitionLanguage) {
  const words = spoken(text);
  return starOf(words, language, (words.at(-1)?.endMs ?? 0) + 100);
}

const filler = (count: number) => Array.from({ length: count }, () => 'and').join(' ');

describe('starOf', () => {
  it.each<[string, RecognitionLanguage, string, readonly string[], readonly string[]]>([
    [
      'a whole English story',
      'en',
      `At my last job the deploys were slow. My task was to fix them. I decided to cache builds ${filler(12)}. As a result deploys took five minutes.`,
      ['situation', 'task', 'action', 'result'],
      [],
    ],
    [
      'an English story without a result',
      'en',
      `At my last job the deploys were slow. I decided to cache builds ${filler(20)}.`,
      ['situation', 'action'],
      ['no result'],
    ],
    [
      'an English story whose action is a line',
      'en',
      `Back when I was at a bank ${filler(20)}. So I fixed it. In the end it was fine ${filler(10)}.`,
      ['situation', 'action', 'result'],
      ['short action'],
    ],
    [
      'a story with no action at all',
      'en',
      `The situation was bad ${filler(10)}. In the end it got better.`,
      ['situation', 'result'],
      ['no action'],
    ],
    [
      'a whole German story',
      'de',
      `Damals war das Deployment langsam. Meine Aufgabe war es, das zu ändern. Zuerst habe ich die Builds gecacht ${filler(12)}. Im Ergebnis dauerte es fünf Minuten.`,
      ['situation', 'task', 'action', 'result'],
      [],
    ],
    [
      'a whole Russian story',
      'ru',
      `На прошлой работе деплой был медленным. Моя задача была его ускорить. Я предложил кэшировать сборки ${filler(12)}. В итоге деплой сократился до пяти минут.`,
      ['situation', 'task', 'action', 'result'],
      [],
    ],
    [
      'a Russian inflected result',
      'ru',
      `У нас были медленные релизы. Я решил их разбить ${filler(12)}. Время сократилось вдвое.`,
      ['situation', 'action', 'result'],
      [],
    ],
  ])('%s', (_, language, text, parts, faults) => {
    const structure = star(text, language);
    expect(structure.parts.map((part) => part.part)).toEqual(parts);
    expect(structure.faults).toEqual(faults);
  });

  it('gives each part its share of the answer, from its start to the next part', () => {
    const structure = star(
      `At my last job ${filler(6)}. I decided ${filler(8)}. As a result ${filler(2)}`,
      'en',
    );
    const shares = structure.parts.map((part) => Math.round(part.share * 100));
    expect(shares).toEqual([40, 40, 20]);
    expect(structure.missing).toEqual(['task']);
  });
});
