import { normalizeLanguageTag, primaryLanguage } from './language-tag.ts';
import type { VoiceInfo } from './speech.ts';

function speaksLanguage(voice: VoiceInfo, primary: string): boolean {
  return primary !== '' && primaryLanguage(voice.lang) === primary;
}

/**
 * The voice to speak `lang` with: the preferred voice when it speaks the same language, else one whose tag
 * equals `lang`, else one of the same language in another region (de-AT for de-DE). On-device voices win
 * over network ones, then the engine's order. Undefined when no voice speaks the language: the engine's
 * default voice is never a fallback, since it may speak another language altogether (Afrikaans in Chromium
 * on Linux).
 */
export function chooseVoice(
  voices: readonly VoiceInfo[],
  lang: string,
  preferredId?: string,
): VoiceInfo | undefined {
  const primary = primaryLanguage(lang);
  if (primary === '') return undefined;
  const preferred = voices.find((voice) => voice.id === preferredId);
  if (preferred !== undefined && speaksLanguage(preferred, primary)) return preferred;

  const tag = normalizeLanguageTag(lang);
  const sameTag = voices.filter((voice) => normalizeLanguageTag(voice.lang) === tag);
  const sameLanguage = voices.filter((voice) => speaksLanguage(voice, primary));
  const candidates = sameTag.length > 0 ? sameTag : sameLanguage;
  return candidates.find((voice) => voice.local) ?? candidates[0];
}

/** The voices that speak `lang`'s language, for a picker: those of `lang`'s exact region first, then by name. */
export function voicesForLanguage(voices: readonly VoiceInfo[], lang: string): VoiceInfo[] {
  const primary = primaryLanguage(lang);
  const tag = normalizeLanguageTag(lang);
  const otherRegion = (voice: VoiceInfo) => (normalizeLanguageTag(voice.lang) === tag ? 0 : 1);
  return voices
    .filter((voice) => speaksLanguage(voice, primary))
    .sort((a, b) => otherRegion(a) - otherRegion(b) || a.name.localeCompare(b.name));
}
