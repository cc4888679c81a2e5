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

/** The plan of an engine that runs: one to start. */
export type RunnablePlan = Exclude<EnginePlan, { kind: 'none' }>;

/** Answers that one engine transcribes in one run. */
export interface EngineRun<A> {
  readonly plan: RunnablePlan;
  readonly answers: readonly A[];
}

/**
 * The answers grouped by the engine that transcribes them, each group in the answers' order and the groups
 * in the order of their first answer: languages that share an engine (one multilingual Whisper model) share
 * one run, so it is loaded once. Answers whose language has no engine are left out.
 */
export function runsByEngine<A extends { readonly language: RecognitionLanguage }>(
  answers: readonly A[],
  plans: Readonly<Record<RecognitionLanguage, EnginePlan>>,
): readonly EngineRun<A>[] {
  const runs = new Map<string, { plan: RunnablePlan; answers: A[] }>();
  for (const answer of answers) {
    const plan = plans[answer.language];
    if (plan.kind === 'none') continue;
    const key = `${plan.kind}:${plan.name}`;
    const run = runs.get(key) ?? { plan, answers: [] };
    run.answers.push(answer);
    runs.set(key, run);
  }
  return [...runs.values()];
}

/** Starts the planned engine; rejects with a message a person can act on when it cannot start. */
export function startPlannedEngine(plan: RunnablePlan, sources: Recognisers): Promise<RecognitionEngine> {
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
