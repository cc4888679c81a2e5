import type { AppSettings } from '../../store/settings.ts';
import { languageName } from '../../ui/labels.ts';

/** A language the interviewer's voice can be set for. */
export interface VoiceLanguage {
  /** The primary subtag, under which the voice setting is stored: 'de'. */
  readonly key: string;
  /**
   * The tag a preview is spoken in: the region of the built-in scripts, so that "Automatic" previews the
   * voice their interviews get.
   */
  readonly tag: string;
  /** A sentence to preview the voice with; absent for languages the app has none in. */
  readonly sample?: string;
}

const builtinLanguages: readonly VoiceLanguage[] = [
  {
    key: 'en',
    tag: 'en-US',
    sample: 'Welcome, and thanks for making the time. To start, walk me through a system you are proud of.',
  },
  {
    key: 'de',
    tag: 'de-DE',
    sample:
      'Schön, dass Sie da sind. Beschreiben Sie zum Einstieg bitte ein Projekt, auf das Sie stolz sind.',
  },
  {
    key: 'ru',
    tag: 'ru-RU',
    sample: 'Рады вас видеть. Для начала опишите, пожалуйста, проект, которым вы гордитесь.',
  },
];

/** English, German and Russian, then any other language a voice has been set for, by name. */
export function voiceLanguages(settings: AppSettings): VoiceLanguage[] {
  const builtin = new Set(builtinLanguages.map((language) => language.key));
  const others = Object.keys(settings.voices)
    .filter((key) => !builtin.has(key))
    .sort((a, b) => languageName(a).localeCompare(languageName(b)))
    .map((key) => ({ key, tag: key }));
  return [...builtinLanguages, ...others];
}
