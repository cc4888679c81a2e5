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

function searchWords(criteria: LibraryCriteria): string[] {
  return criteria.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether the criteria search text, so the entries need their searchText. */
export function searchesText(criteria: LibraryCriteria): boolean {
  return searchWords(criteria).length > 0;
}

/**
 * The entries that match every criterion, in the order given. Search words may appear anywhere, in any
 * order. Undefined while a text search cannot be answered yet: an entry's searchText has not loaded.
 */
export function filterEntries(
  entries: readonly LibraryEntry[],
  criteria: LibraryCriteria,
): LibraryEntry[] | undefined {
  const words = searchWords(criteria);
  const shown = entries.filter(({ overview }) => {
    if (criteria.kind !== '' && overview.kind !== criteria.kind) return false;
    return criteria.language === '' || overview.language === criteria.language;
  });
  if (words.length === 0) return shown;
  if (shown.some((entry) => entry.searchText === undefined)) return undefined;
  return shown.filter(({ searchText = '' }) => words.every((word) => searchText.includes(word)));
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
  const kinds = new Set(entries.map((e) => e.overview.kind));
  const languages = new Set(entries.map((e) => e.overview.language));
  return { kinds: scriptKinds.filter((kind) => kinds.has(kind)), languages: [...languages].sort() };
}
