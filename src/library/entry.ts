import type { ScriptOverview } from './overview.ts';

/** Where a script in the library comes from: shipped with the app, or imported by the user. */
export type ScriptSource = 'builtin' | 'imported';

/** One script as the library lists it. */
export interface LibraryEntry {
  /**
   * Unique in the list: `source/id`. An imported script may share its id with a built-in one;
   * both are listed, so the id alone is not a key.
   */
  readonly key: string;
  readonly source: ScriptSource;
  readonly overview: ScriptOverview;
  /** For imported scripts: the file they came from (none when written in the editor) and when. */
  readonly imported?: { readonly fileName?: string; readonly importedAt: number };
  /**
   * The lowercased text a search looks through (see searchableText). Imported scripts have it at once;
   * built-in ones once their search texts have loaded, which the first page does not wait for.
   */
  readonly searchText?: string;
}

export function entryKey(source: ScriptSource, id: string): string {
  return `${source}/${id}`;
}
