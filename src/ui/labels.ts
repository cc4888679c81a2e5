import type { ScriptKind } from '../script/model.ts';

const kindLabels: Record<ScriptKind, string> = {
  'system-design': 'System design',
  technical: 'Technical',
  architecture: 'Architecture',
  'problem-solving': 'Problem solving',
  'code-review': 'Code review',
  behavioral: 'Behavioral',
  screening: 'Screening',
};

export function kindLabel(kind: ScriptKind): string {
  return kindLabels[kind];
}

// The interface is in English, so language names are too ("German (Germany)"), whatever the script's language.
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A BCP-47 tag as people say it: `de-DE` → `German (Germany)`; an unknown tag is shown as written. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    // Intl throws on a malformed tag; an imported script may carry one.
    return tag;
  }
}
