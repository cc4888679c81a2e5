import type { SessionStatus } from '../interview/records.ts';
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

const sessionStatuses: Record<SessionStatus, string> = {
  'in-progress': 'not finished',
  finished: 'finished',
  aborted: 'ended early',
  interrupted: 'interrupted',
};

/** How an interview ended, in words: `finished`, `ended early`, … */
export function sessionStatusLabel(status: SessionStatus): string {
  return sessionStatuses[status];
}

const dateTimes = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** A moment for people: `Nov 21, 2026, 2:48 PM`. */
export function formatDateTime(at: number): string {
  return dateTimes.format(at);
}
