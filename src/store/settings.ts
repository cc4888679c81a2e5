import { z } from '../zod.ts';
import { timingModes, type SessionSettings } from '../interview/records.ts';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { primaryLanguage } from '../platform/speech/language-tag.ts';
import type { VivaDatabase } from './database.ts';
import { db } from './db.ts';

/** How the interviewer speaks one language. */
export interface VoiceSetting {
  /** The chosen voice; absent: the browser's default voice for the language. */
  readonly voiceId?: string;
  readonly rate: number;
  readonly volume: number;
}

/** The engines that can transcribe an answer: Whisper in this page, or the browser's on-device recogniser. */
export const recognitionEngineKinds = ['whisper', 'browser'] as const;
export type RecognitionEngineKind = (typeof recognitionEngineKinds)[number];

/** What the user chose once for every interview; a new session starts with its timing and speech. */
export interface AppSettings extends SessionSettings {
  /** Keyed by primary language subtag ('en', 'de', 'ru'), so one choice covers en-US and en-GB alike. */
  readonly voices: Readonly<Record<string, VoiceSetting>>;
  /** Whether answers are transcribed on this device when a model is stored; off keeps the model, unused. */
  readonly transcribe: boolean;
  /**
   * How long the interviewer waits, after a main answer, for its transcript before choosing the follow-ups;
   * past it they are all asked. Whisper on a slow machine takes longer than a candidate should wait.
   */
  readonly listenWaitSeconds: number;
  /** Which engine transcribes each language's answers. */
  readonly recognitionEngines: Readonly<Record<RecognitionLanguage, RecognitionEngineKind>>;
}

const defaultVoice: VoiceSetting = { rate: 1, volume: 1 };

export const defaultSettings: AppSettings = {
  timing: 'soft',
  speech: true,
  voices: {},
  transcribe: true,
  listenWaitSeconds: 10,
  recognitionEngines: { en: 'whisper', de: 'whisper', ru: 'whisper' },
};

/** The longest wait for an answer's words that Settings accepts: beyond it the interview would stall. */
export const longestListenWaitSeconds = 600;

const settingsKey = 'app';

/** The voice setting for a prompt's language, or the browser's default voice at normal rate and volume. */
export function voiceSettingFor(settings: AppSettings, lang: string): VoiceSetting {
  return settings.voices[primaryLanguage(lang)] ?? defaultVoice;
}

// Ranges of SpeechSynthesisUtterance: a stored value outside them would be clamped or rejected by the browser.
const voiceSettingSchema = z.object({
  voiceId: z.string().exactOptional(),
  rate: z.number().min(0.1).max(10),
  volume: z.number().min(0).max(1),
});

// One malformed voice is dropped alone, so it does not cost the user their other voices.
const voicesSchema = z.record(z.string(), z.unknown()).transform((voices) =>
  Object.fromEntries(
    Object.entries(voices).flatMap(([lang, value]) => {
      const voice = voiceSettingSchema.safeParse(value);
      return voice.success ? [[lang, voice.data] as const] : [];
    }),
  ),
);

const engineSchema = z.enum(recognitionEngineKinds).catch('whisper');
// Language by language: an unknown engine stored for one falls back to Whisper alone.
const enginesSchema = z
  .object({ en: engineSchema, de: engineSchema, ru: engineSchema })
  .catch(defaultSettings.recognitionEngines);

// Field by field: a value stored by another version of the app keeps whatever of it is still valid.
const settingsSchema = z
  .object({
    timing: z.enum(timingModes).catch(defaultSettings.timing),
    speech: z.boolean().catch(defaultSettings.speech),
    voices: voicesSchema.catch(defaultSettings.voices),
    transcribe: z.boolean().catch(defaultSettings.transcribe),
    listenWaitSeconds: z
      .number()
      .int()
      .min(1)
      .max(longestListenWaitSeconds)
      .catch(defaultSettings.listenWaitSeconds),
    recognitionEngines: enginesSchema,
  })
  .catch(defaultSettings);

/** The stored settings, with defaults for anything absent or malformed. */
export async function loadSettings(database: VivaDatabase = db): Promise<AppSettings> {
  const row = await database.settings.get(settingsKey);
  return row ? settingsSchema.parse(row.value) : defaultSettings;
}

/** Replaces the stored settings. */
export async function saveSettings(settings: AppSettings, database: VivaDatabase = db): Promise<void> {
  await database.settings.put({ key: settingsKey, value: settings });
}

/**
 * Rewrites the stored settings with `change` applied to them, in one transaction, so a change saved
 * meanwhile (another field, another tab) is kept.
 */
async function changeSettings(
  change: (settings: AppSettings) => AppSettings,
  database: VivaDatabase,
): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    await saveSettings(change(await loadSettings(database)), database);
  });
}

/** Stores the timing mode and speech choice, keeping the voices. */
export async function updateSessionSettings(
  { timing, speech }: SessionSettings,
  database: VivaDatabase = db,
): Promise<void> {
  await changeSettings((settings) => ({ ...settings, timing, speech }), database);
}

/** Turns transcription on or off, or sets the interviewer's wait for an answer's words, keeping the rest. */
export async function updateTranscription(
  changes: Partial<Pick<AppSettings, 'transcribe' | 'listenWaitSeconds'>>,
  database: VivaDatabase = db,
): Promise<void> {
  await changeSettings((settings) => ({ ...settings, ...changes }), database);
}

/** Chooses the engine that transcribes a language's answers, keeping the rest. */
export async function updateRecognitionEngine(
  language: RecognitionLanguage,
  engine: RecognitionEngineKind,
  database: VivaDatabase = db,
): Promise<void> {
  await changeSettings(
    (settings) => ({
      ...settings,
      recognitionEngines: { ...settings.recognitionEngines, [language]: engine },
    }),
    database,
  );
}

/** Stores the voice setting for a language (any tag of it: 'de-AT' sets German), keeping the rest. */
export async function updateVoiceSetting(
  lang: string,
  setting: VoiceSetting,
  database: VivaDatabase = db,
): Promise<void> {
  await changeSettings(
    (settings) => ({ ...settings, voices: { ...settings.voices, [primaryLanguage(lang)]: setting } }),
    database,
  );
}
