import { browserLanguageTags } from '../platform/recognition/browser/browser-words.ts';
import {
  recognitionLanguageNames,
  type LanguageAvailability,
  type Recognisers,
  type RecognitionEngine,
  type RecognitionLanguage,
} from '../platform/recognition/recognition.ts';
import type { RecognitionModelRecord } from '../store/database.ts';
import type { RecognitionEngineKind } from '../store/settings.ts';
import { modelTranscribes } from './recognition-language.ts';

/** The engine that would transcribe a language's answers, named as its transcripts say, or why none would. */
export type EnginePlan =
  | { readonly kind: 'browser'; readonly name: string }
  | { readonly kind: 'whisper'; readonly name: string; readonly model: Blob }
  | { readonly kind: 'none'; readonly reason: string };

/** The name a transcript made by the browser's recogniser carries. */
export const browserEngineName = (language: RecognitionLanguage): string =>
  `browser on-device (${browserLanguageTags[language]})`;

/**
 * Which engine transcribes a language: the browser's on-device recogniser when chosen and its language pack
 * is installed; otherwise Whisper when the stored model knows the language; otherwise none, and why.
 */
export function planEngine(
  language: RecognitionLanguage,
  chosen: RecognitionEngineKind,
  browser: LanguageAvailability,
  model: RecognitionModelRecord | undefined,
): EnginePlan {
  if (chosen === 'browser' && browser === 'ready')
    return { kind: 'browser', name: browserEngineName(language) };
  if (model !== undefined && modelTranscribes(model.info.multilingual, language)) {
    return { kind: 'whisper', name: model.fileName, model: model.file };
  }
  const name = recognitionLanguageNames[language];
  const whisper =
    model === undefined
      ? 'choose a Whisper model in Settings'
      : `choose a multilingual Whisper model in Settings (${model.fileName} knows English only)`;
  const reason =
    browser === 'unavailable'
      ? `No engine for ${name}: ${whisper}; this browser has no on-device recogniser for ${name}.`
      : `No engine for ${name}: install the browser's ${name} language pack or ${whisper}.`;
  return { kind: 'none', reason };
}

/** Starts the planned engine; rejects with a message a person can act on when it cannot start. */
export function startPlannedEngine(
  plan: Exclude<EnginePlan, { kind: 'none' }>,
  sources: Recognisers,
): Promise<RecognitionEngine> {
  return plan.kind === 'browser' ? sources.startBrowser() : sources.startWhisper(plan.model);
}

/**
 * The one place an answer's engine is chosen and started: gives the started engine with its name, or why
 * there is none.
 */
export async function engineForLanguage(
  language: RecognitionLanguage,
  chosen: RecognitionEngineKind,
  model: RecognitionModelRecord | undefined,
  sources: Recognisers,
): Promise<{ engine: RecognitionEngine; name: string } | { reason: string }> {
  const plan = planEngine(language, chosen, await sources.browserPacks.availability(language), model);
  if (plan.kind === 'none') return { reason: plan.reason };
  return { engine: await startPlannedEngine(plan, sources), name: plan.name };
}
