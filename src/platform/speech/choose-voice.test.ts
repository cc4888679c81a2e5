import { describe, expect, it } from 'vitest';
import { chooseVoice, voicesForLanguage } from './choose-voice.ts';
import type { VoiceInfo } from './speech.ts';

function voice(id: string, lang: string, local = true): VoiceInfo {
  return { id, name: id, lang, local };
}

const voices = [
  voice('Afrikaans', 'af'),
  voice('Google US English', 'en-US', false),
  voice('English (America)', 'en-US'),
  voice('English (Great Britain)', 'en_GB'),
  voice('German (Austria)', 'de-AT'),
  voice('German', 'DE-de'),
  voice('Russian', 'ru'),
];

describe('chooseVoice', () => {
  it.each([
    ['en-US', undefined, 'English (America)'],
    ['en-us', undefined, 'English (America)'],
    ['en_US', undefined, 'English (America)'],
    ['en-GB', undefined, 'English (Great Britain)'],
    ['en-AU', undefined, 'English (America)'],
    ['en', undefined, 'English (America)'],
    ['de-DE', undefined, 'German'],
    ['de-AT', undefined, 'German (Austria)'],
    ['de-CH', undefined, 'German (Austria)'],
    ['ru-RU', undefined, 'Russian'],
    ['en-US', 'English (Great Britain)', 'English (Great Britain)'],
    ['en-US', 'Google US English', 'Google US English'],
    ['de-DE', 'German (Austria)', 'German (Austria)'],
    ['de-DE', 'Russian', 'German'],
    ['de-DE', 'gone since', 'German'],
  ])('speaks %s (preferring %s) with %s', (lang, preferredId, expected) => {
    expect(chooseVoice(voices, lang, preferredId)?.id).toBe(expected);
  });

  it('prefers on-device voices, then keeps the engine order', () => {
    const network = [voice('Net A', 'en-US', false), voice('Net B', 'en-US', false)];
    expect(chooseVoice(network, 'en-US')?.id).toBe('Net A');
    expect(chooseVoice([...network, voice('Local', 'en-US')], 'en-US')?.id).toBe('Local');
  });

  it('prefers the exact region over an on-device voice of another region', () => {
    expect(chooseVoice([voice('GB', 'en-GB'), voice('US', 'en-US', false)], 'en-US')?.id).toBe('US');
  });

  it.each([
    ['ja-JP', voices],
    ['de-DE', []],
    ['', voices],
  ])('finds no voice for %s rather than the default voice', (lang, list) => {
    expect(chooseVoice(list, lang)).toBeUndefined();
  });

  it('never takes a voice without a language', () => {
    expect(chooseVoice([voice('Unknown', '')], '')).toBeUndefined();
  });
});

describe('voicesForLanguage', () => {
  it('lists the voices of the language, the exact region first, then by name', () => {
    const list = [
      voice('Zeta', 'en-US'),
      voice('Brit', 'en-GB'),
      voice('Alpha', 'en_us'),
      voice('Deutsch', 'de-DE'),
      voice('Aussie', 'en-AU'),
    ];
    expect(voicesForLanguage(list, 'en-US').map((v) => v.id)).toEqual(['Alpha', 'Zeta', 'Aussie', 'Brit']);
  });

  it('is empty for a language without voices', () => {
    expect(voicesForLanguage(voices, 'fr-FR')).toEqual([]);
  });
});
