import { describe, expect, it } from 'vitest';
import { FakeRecognition } from '../platform/recognition/fake-recognition.ts';
import type {
  LanguageAvailability,
  LanguagePacks,
  Recognisers,
} from '../platform/recognition/recognition.ts';
import type { RecognitionModelRecord } from '../store/database.ts';
import { engineForLanguage, planEngine, runsByEngine } from './engine-for-language.ts';

function model(fileName: string, multilingual: boolean): RecognitionModelRecord {
  return {
    key: 'whisper',
    fileName,
    info: { size: 'base', multilingual, weights: 'q8_0' },
    bytes: 3,
    file: new Blob(['ggml']),
    addedAt: 1,
  };
}

const base = model('ggml-base.bin', true);
const english = model('ggml-base.en.bin', false);

describe('planEngine', () => {
  it.each([
    ['the browser, chosen and installed', 'de', 'browser', 'ready', undefined, 'browser on-device (de-DE)'],
    ['Whisper, chosen, with a multilingual model', 'ru', 'whisper', 'ready', base, 'ggml-base.bin'],
    [
      'Whisper when the browser is chosen but its pack is not installed',
      'de',
      'browser',
      'installable',
      base,
      'ggml-base.bin',
    ],
    ['an English-only model for English', 'en', 'whisper', 'unavailable', english, 'ggml-base.en.bin'],
  ] as const)('chooses %s', (_, language, chosen, browser, stored, name) => {
    expect(planEngine(language, chosen, browser, stored)).toMatchObject({ name });
  });

  it.each([
    [
      'no model, pack installable',
      'de',
      'browser',
      'installable',
      undefined,
      "No engine for German: install the browser's German language pack or choose a Whisper model in Settings.",
    ],
    [
      'an English-only model for Russian',
      'ru',
      'whisper',
      'installable',
      english,
      "No engine for Russian: install the browser's Russian language pack or choose a multilingual Whisper model in Settings (ggml-base.en.bin knows English only).",
    ],
    [
      'no model in a browser without the recogniser',
      'en',
      'browser',
      'unavailable',
      undefined,
      'No engine for English: choose a Whisper model in Settings; this browser has no on-device recogniser for English.',
    ],
  ] as const)('says why there is no engine: %s', (_, language, chosen, browser, stored, reason) => {
    expect(planEngine(language, chosen, browser, stored)).toEqual({ kind: 'none', reason });
  });
});

describe('engineForLanguage', () => {
  function sources(availability: LanguageAvailability) {
    const started: string[] = [];
    const packs: LanguagePacks = {
      availability: () => Promise.resolve(availability),
      install: () => Promise.resolve(false),
    };
    const engines: Recognisers = {
      browserPacks: packs,
      startBrowser: () => {
        started.push('browser');
        return Promise.resolve(new FakeRecognition(() => ({ ok: true, words: [] })));
      },
      startWhisper: (file) => {
        started.push(`whisper ${String(file.size)} bytes`);
        return Promise.resolve(new FakeRecognition(() => ({ ok: true, words: [] })));
      },
    };
    return { engines, started };
  }

  it('starts the browser engine for a language chosen for it, with no model stored', async () => {
    const { engines, started } = sources('ready');
    expect(await engineForLanguage('en', 'browser', undefined, engines)).toMatchObject({
      name: 'browser on-device (en-US)',
    });
    expect(started).toEqual(['browser']);
  });

  it('starts Whisper with the stored model otherwise, and nothing when there is no engine', async () => {
    const { engines, started } = sources('installable');
    expect(await engineForLanguage('de', 'browser', base, engines)).toMatchObject({ name: 'ggml-base.bin' });
    expect(await engineForLanguage('de', 'whisper', undefined, engines)).toEqual({
      reason:
        "No engine for German: install the browser's German language pack or choose a Whisper model in Settings.",
    });
    expect(started).toEqual(['whisper 4 bytes']);
  });
});

describe('runsByEngine', () => {
  const whisper = { kind: 'whisper', name: 'ggml-base.bin', model: base.file } as const;
  const browser = { kind: 'browser', name: 'browser on-device (ru-RU)' } as const;
  const none = { kind: 'none', reason: 'No engine for German' } as const;
  const answer = (id: string, language: 'en' | 'de' | 'ru') => ({ id, language });

  it('runs one engine for the languages that share it, in the order of the answers', () => {
    const runs = runsByEngine(
      [answer('a', 'ru'), answer('b', 'de'), answer('c', 'en'), answer('d', 'ru'), answer('e', 'de')],
      { en: whisper, de: whisper, ru: browser },
    );
    expect(runs.map((run) => [run.plan.name, run.answers.map(({ id }) => id)])).toEqual([
      ['browser on-device (ru-RU)', ['a', 'd']],
      ['ggml-base.bin', ['b', 'c', 'e']],
    ]);
  });

  it('leaves out the answers of a language without an engine', () => {
    const runs = runsByEngine([answer('a', 'de'), answer('b', 'en')], { en: whisper, de: none, ru: none });
    expect(runs.map((run) => run.answers.map(({ id }) => id))).toEqual([['b']]);
  });
});
