import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VivaDatabase } from './database.ts';
import {
  defaultSettings,
  loadSettings,
  saveSettings,
  updateRecognitionEngine,
  updateTranscription,
  updateVoiceSetting,
  voiceSettingFor,
  type AppSettings,
} from './settings.ts';
import { testDatabase } from './testing/interview-fixture.ts';

let database: VivaDatabase;

beforeEach(() => {
  database = testDatabase();
});

afterEach(async () => {
  await database.delete();
});

const chosen: AppSettings = {
  timing: 'strict',
  speech: false,
  voices: { de: { voiceId: 'Anna', rate: 0.9, volume: 0.7 }, ru: { rate: 1.2, volume: 1 } },
  transcribe: false,
  listenWaitSeconds: 45,
  recognitionEngines: { en: 'browser', de: 'whisper', ru: 'browser' },
};

describe('voiceSettingFor', () => {
  it('finds a voice by the primary subtag of any tag of its language', () => {
    expect(voiceSettingFor(chosen, 'de-DE')).toEqual({ voiceId: 'Anna', rate: 0.9, volume: 0.7 });
    expect(voiceSettingFor(chosen, 'DE_at')).toEqual({ voiceId: 'Anna', rate: 0.9, volume: 0.7 });
    expect(voiceSettingFor(chosen, 'ru')).toEqual({ rate: 1.2, volume: 1 });
  });

  it('gives the default voice at normal rate and volume for a language without a setting', () => {
    expect(voiceSettingFor(chosen, 'en-US')).toEqual({ rate: 1, volume: 1 });
  });
});

describe('loadSettings and saveSettings', () => {
  it('gives soft timing, speech on, no voices and transcription on when nothing is stored', async () => {
    const defaults = {
      timing: 'soft',
      speech: true,
      voices: {},
      transcribe: true,
      listenWaitSeconds: 10,
      recognitionEngines: { en: 'whisper', de: 'whisper', ru: 'whisper' },
    };
    expect(await loadSettings(database)).toEqual(defaults);
    expect(defaultSettings).toEqual(defaults);
  });

  it('turns transcription off and on, keeping the rest; settings stored before it had the switch keep it on', async () => {
    await database.settings.put({ key: 'app', value: { timing: 'strict', speech: false, voices: {} } });
    expect((await loadSettings(database)).transcribe).toBe(true);
    await updateTranscription({ transcribe: false }, database);
    expect(await loadSettings(database)).toEqual({
      timing: 'strict',
      speech: false,
      voices: {},
      transcribe: false,
      listenWaitSeconds: 10,
      recognitionEngines: { en: 'whisper', de: 'whisper', ru: 'whisper' },
    });
    await updateTranscription({ transcribe: true }, database);
    expect((await loadSettings(database)).transcribe).toBe(true);
    await updateTranscription({ listenWaitSeconds: 90 }, database);
    expect(await loadSettings(database)).toMatchObject({ transcribe: true, listenWaitSeconds: 90 });
  });

  it('gives back what was saved', async () => {
    await saveSettings(chosen, database);

    expect(await loadSettings(database)).toEqual(chosen);
  });

  it('falls back to the default for each malformed field and drops only the malformed voices', async () => {
    await database.settings.put({
      key: 'app',
      value: {
        timing: 'relaxed',
        speech: false,
        voices: {
          en: { rate: 1.5, volume: 0.5 },
          de: { rate: 'fast', volume: 1 },
          ru: { rate: 50, volume: 1 },
        },
        extra: true,
        listenWaitSeconds: 0,
        recognitionEngines: { en: 'browser', de: 'cloud' },
      },
    });

    expect(await loadSettings(database)).toEqual({
      timing: 'soft',
      speech: false,
      voices: { en: { rate: 1.5, volume: 0.5 } },
      transcribe: true,
      listenWaitSeconds: 10,
      recognitionEngines: { en: 'browser', de: 'whisper', ru: 'whisper' },
    });
  });

  it('gives the defaults when the stored value is not settings at all', async () => {
    await database.settings.put({ key: 'app', value: 'corrupted' });
    expect(await loadSettings(database)).toEqual(defaultSettings);

    await database.settings.put({ key: 'app', value: { timing: 'untimed', voices: ['en'] } });
    expect(await loadSettings(database)).toEqual({
      timing: 'untimed',
      speech: true,
      voices: {},
      transcribe: true,
      listenWaitSeconds: 10,
      recognitionEngines: { en: 'whisper', de: 'whisper', ru: 'whisper' },
    });
  });
});

describe('updateRecognitionEngine', () => {
  it('chooses the engine of one language, keeping the others and every other setting', async () => {
    await saveSettings(chosen, database);
    await updateRecognitionEngine('de', 'browser', database);
    expect(await loadSettings(database)).toEqual({
      ...chosen,
      recognitionEngines: { en: 'browser', de: 'browser', ru: 'browser' },
    });
  });
});

describe('updateVoiceSetting', () => {
  it('stores one language by its primary subtag, keeping every other setting', async () => {
    await saveSettings(chosen, database);

    await updateVoiceSetting('de-AT', { rate: 1.1, volume: 0.5 }, database);
    await updateVoiceSetting('en-GB', { voiceId: 'Daniel', rate: 1, volume: 1 }, database);

    expect(await loadSettings(database)).toEqual({
      ...chosen,
      voices: {
        de: { rate: 1.1, volume: 0.5 },
        ru: { rate: 1.2, volume: 1 },
        en: { voiceId: 'Daniel', rate: 1, volume: 1 },
      },
    });
  });

  it('starts from the defaults when nothing is stored', async () => {
    await updateVoiceSetting('ru-RU', { rate: 0.8, volume: 1 }, database);

    expect(await loadSettings(database)).toEqual({
      ...defaultSettings,
      voices: { ru: { rate: 0.8, volume: 1 } },
    });
  });
});
