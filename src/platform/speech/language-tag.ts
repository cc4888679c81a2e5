// Engines write tags their own way ('de_DE', 'DE-de', 'en-us'), so tags are compared only in this form.

/** The tag lowercased with `_` read as `-`: 'de_DE' → 'de-de'. */
export function normalizeLanguageTag(lang: string): string {
  return lang.trim().replaceAll('_', '-').toLowerCase();
}

/** The primary language subtag, lowercased: 'de-AT' → 'de'; '' for an empty tag. */
export function primaryLanguage(lang: string): string {
  return normalizeLanguageTag(lang).split('-', 1)[0] ?? '';
}
