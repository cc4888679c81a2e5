import { useMemo } from 'react';
import {
  recognitionLanguages,
  type Recognisers,
  type RecognitionLanguage,
} from '../platform/recognition/recognition.ts';
import { useSettings } from '../store/use-settings.ts';
import { useRecognitionModel } from '../store/use-transcription-data.ts';
import { planEngine, type EnginePlan } from './engine-for-language.ts';
import { useLanguagePacks } from './use-language-packs.ts';

export type EnginePlans = Readonly<Record<RecognitionLanguage, EnginePlan>>;

/** Whether answers are transcribed, and by which engine per language; undefined while that is read. */
export interface ChosenEngines {
  /** Off in Settings: nothing is transcribed, but the model stays for when it is turned on again. */
  readonly on: boolean | undefined;
  readonly plans: EnginePlans | undefined;
  /** The engines chosen, as a key: a new model (even of the same name) or engine changes it. */
  readonly planKey: string;
}

/** The engines the settings, the stored model and the browser's language packs give each language. */
export function useEnginePlans(recognisers: Recognisers): ChosenEngines {
  const settings = useSettings();
  const stored = useRecognitionModel();
  const packs = useLanguagePacks(recognisers.browserPacks).availability;
  const engines = settings?.recognitionEngines;
  const plans = useMemo((): EnginePlans | undefined => {
    if (engines === undefined || stored === undefined || packs === undefined) return undefined;
    const plan = (language: RecognitionLanguage) =>
      planEngine(language, engines[language], packs[language], stored ?? undefined);
    return { en: plan('en'), de: plan('de'), ru: plan('ru') };
  }, [engines, stored, packs]);
  const planKey =
    plans === undefined
      ? ''
      : recognitionLanguages
          .map((language) => (plans[language].kind === 'none' ? '-' : plans[language].name))
          .concat(String(stored?.addedAt))
          .join('|');
  return { on: settings?.transcribe, plans, planKey };
}
