import { scriptKinds, type Prompt, type Script, type ScriptKind } from '../script/model.ts';
import type { LibraryEntry } from './entry.ts';

/** What the user narrowed the library to; empty strings mean "any". */
export interface LibraryCriteria {
  readonly kind: ScriptKind | '';
  readonly language: string;
  readonly text: string;
}

export const noCriteria: LibraryCriteria = { kind: '', language: '', text: '' };

export function hasCriteria(criteria: LibraryCriteria): boolean {
  return criteria.kind !== '' || criteria.language !== '' || criteria.text.trim() !== '';
}

/** The entries that match every criterion, in the order given. Search words may appear anywhere, in any order. */
export function filterEntries(entries: readonly LibraryEntry[], criteria: LibraryCriteria): LibraryEntry[] {
  const words = criteria.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter(({ script }) => {
    if (criteria.kind !== '' && script.kind !== criteria.kind) return false;
    if (criteria.language !== '' && script.language !== criteria.language) return false;
    if (words.length === 0) return true;
    const haystack = searchableText(script);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The lowercased text a search looks through: title, description, interviewer and everything the
 * interviewer says. Hints and model answers are left out: they are what the candidate should come up with.
 */
export function searchableText(script: Script): string {
  const prompts: Prompt[] = [
    script.opening,
    ...script.questions.flatMap((q) => [q.prompt, ...q.followUps, ...q.traps]),
    script.closing,
  ];
  return [
    script.title,
    script.description ?? '',
    script.interviewer,
    ...script.questions.map((q) => q.title),
    ...prompts.map((p) => p.text),
  ]
    .join('\n')
    .toLocaleLowerCase();
}

/** The kinds and languages present, each once, in a stable order, for the filter selects. */
export function facetsOf(entries: readonly LibraryEntry[]): {
  readonly kinds: readonly ScriptKind[];
  readonly languages: readonly string[];
} {
  const kinds = new Set(entries.map((e) => e.script.kind));
  const languages = new Set(entries.map((e) => e.script.language));
  return { kinds: scriptKinds.filter((kind) => kinds.has(kind)), languages: [...languages].sort() };
}
