import { useMemo } from 'react';
import type { LibraryEntry } from '../../library/entry.ts';
import {
  facetsOf,
  filterEntries,
  hasCriteria,
  noCriteria,
  searchesText,
  type LibraryCriteria,
} from '../../library/filter.ts';
import { useBuiltinSearch } from '../../library/use-builtin-search.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { ScriptCard } from './ScriptCard.tsx';

interface LibraryViewProps {
  readonly entries: readonly LibraryEntry[];
  readonly criteria: LibraryCriteria;
  readonly onCriteriaChange: (criteria: LibraryCriteria) => void;
}

/** The filters and the list of scripts that match them, or why none are shown. */
export function LibraryView({ entries, criteria, onCriteriaChange }: LibraryViewProps) {
  const searchable = useBuiltinSearch(entries, searchesText(criteria));
  const facets = useMemo(() => facetsOf(entries), [entries]);
  const shown = useMemo(() => filterEntries(searchable.entries, criteria), [searchable, criteria]);
  const filtered = hasCriteria(criteria);

  return (
    <>
      <LibraryFilters
        criteria={criteria}
        kinds={facets.kinds}
        languages={facets.languages}
        onChange={onCriteriaChange}
      />
      {searchable.failure !== undefined && <LoadFailure message={searchable.failure} />}
      <p className="result-count" role="status">
        {resultCount(shown, entries.length, filtered, searchable.failure !== undefined)}
      </p>
      {shown === undefined ? null : shown.length > 0 ? (
        <ul className="card-grid" aria-label="Scripts">
          {shown.map((entry) => (
            <li key={entry.key}>
              <ScriptCard entry={entry} />
            </li>
          ))}
        </ul>
      ) : entries.length === 0 ? (
        <div className="empty">
          <p>There are no scripts yet. Import your own preparation document to start.</p>
        </div>
      ) : (
        <div className="empty">
          <p>No script matches these filters.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              onCriteriaChange(noCriteria);
            }}
          >
            Clear filters
          </button>
        </div>
      )}
    </>
  );
}

/** The line above the list: how many scripts, how many match, or that the search is still loading. */
function resultCount(
  shown: readonly LibraryEntry[] | undefined,
  total: number,
  filtered: boolean,
  searchFailed: boolean,
): string {
  if (shown === undefined) return searchFailed ? '' : 'Searching…';
  return filtered ? `${shown.length} of ${total} scripts match.` : `${total} scripts`;
}
