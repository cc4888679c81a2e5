import { useMemo } from 'react';
import type { LibraryEntry } from '../../library/entry.ts';
import {
  facetsOf,
  filterEntries,
  hasCriteria,
  noCriteria,
  type LibraryCriteria,
} from '../../library/filter.ts';
import { LibraryFilters } from './LibraryFilters.tsx';
import { ScriptCard } from './ScriptCard.tsx';

interface LibraryViewProps {
  readonly entries: readonly LibraryEntry[];
  readonly criteria: LibraryCriteria;
  readonly onCriteriaChange: (criteria: LibraryCriteria) => void;
}

/** The filters and the list of scripts that match them, or why none are shown. */
export function LibraryView({ entries, criteria, onCriteriaChange }: LibraryViewProps) {
  const facets = useMemo(() => facetsOf(entries), [entries]);
  const shown = useMemo(() => filterEntries(entries, criteria), [entries, criteria]);
  const filtered = hasCriteria(criteria);

  return (
    <>
      <LibraryFilters
        criteria={criteria}
        kinds={facets.kinds}
        languages={facets.languages}
        onChange={onCriteriaChange}
      />
      <p className="result-count" role="status">
        {filtered ? `${shown.length} of ${entries.length} scripts match.` : `${entries.length} scripts`}
      </p>
      {shown.length > 0 ? (
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
