import { useCallback, useEffect, useState } from 'react';
import {
  recognitionLanguages,
  type LanguageAvailability,
  type LanguagePacks,
  type RecognitionLanguage,
} from '../platform/recognition/recognition.ts';

export type PackAvailability = Readonly<Record<RecognitionLanguage, LanguageAvailability>>;

async function askAll(packs: LanguagePacks): Promise<PackAvailability> {
  const [en, de, ru] = await Promise.all(
    recognitionLanguages.map((language) => packs.availability(language)),
  );
  return { en: en ?? 'unavailable', de: de ?? 'unavailable', ru: ru ?? 'unavailable' };
}

/**
 * The browser's on-device language packs: per language whether it is installed, can be, or is not there
 * (undefined while the browser is asked), and installing one, after which they are asked again.
 */
export function useLanguagePacks(packs: LanguagePacks): {
  readonly availability: PackAvailability | undefined;
  readonly install: (language: RecognitionLanguage) => Promise<boolean>;
} {
  const [availability, setAvailability] = useState<PackAvailability | undefined>();
  useEffect(() => {
    let current = true;
    void askAll(packs).then((asked) => {
      if (current) setAvailability(asked);
    });
    return () => {
      current = false;
    };
  }, [packs]);
  const install = useCallback(
    async (language: RecognitionLanguage) => {
      const installed = await packs.install(language);
      setAvailability(await askAll(packs));
      return installed;
    },
    [packs],
  );
  return { availability, install };
}
