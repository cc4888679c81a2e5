import type { LibraryEntry } from './entry.ts';

/** Library order: by title as people read it; a built-in script before an imported one of the same title. */
export function sortEntries(entries: readonly LibraryEntry[]): LibraryEntry[] {
  return [...entries].sort(
    (a, b) =>
      a.overview.title.localeCompare(b.overview.title, undefined, { sensitivity: 'base', numeric: true }) ||
      a.source.localeCompare(b.source) ||
      a.overview.id.localeCompare(b.overview.id),
  );
}
