import { voiceSample } from '../../interview/phrases.ts';
import { primaryLanguage } from '../../platform/speech/language-tag.ts';
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

// The regions of the built-in scripts, so that "Automatic" previews the voice their interviews get.
const builtinLanguages: readonly VoiceLanguage[] = ['en-US', 'de-DE', 'ru-RU'].map((tag) => ({
  key: primaryLanguage(tag),
  tag,
  sample: voiceSample(tag).text,
}));

/** English, German and Russian, then any other language a voice has been set for, by name. */
export function voiceLanguages(settings: AppSettings): VoiceLanguage[] {
  const builtin = new Set(builtinLanguages.map((language) => language.key));
  const others = Object.keys(settings.voices)
    .filter((key) => !builtin.has(key))
    .sort((a, b) => languageName(a).localeCompare(languageName(b)))
    .map((key) => ({ key, tag: key }));
  return [...builtinLanguages, ...others];
}
