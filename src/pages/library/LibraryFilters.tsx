import { useId } from 'react';
import type { LibraryCriteria } from '../../library/filter.ts';
import { scriptKinds, type ScriptKind } from '../../script/model.ts';
import { kindLabel, languageName } from '../../ui/labels.ts';

interface LibraryFiltersProps {
  readonly criteria: LibraryCriteria;
  readonly kinds: readonly ScriptKind[];
  readonly languages: readonly string[];
  readonly onChange: (criteria: LibraryCriteria) => void;
}

const isKind = (value: string): value is ScriptKind => (scriptKinds as readonly string[]).includes(value);

/** Search box and the kind and language selects; the options are only what the library holds. */
export function LibraryFilters({ criteria, kinds, languages, onChange }: LibraryFiltersProps) {
  const id = useId();
  return (
    <div className="filters" role="search">
      <div className="field field-search">
        <label htmlFor={`${id}-text`}>Search</label>
        <input
          id={`${id}-text`}
          type="search"
          value={criteria.text}
          placeholder="Title, topic, a question's words…"
          onChange={(event) => {
            onChange({ ...criteria, text: event.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={criteria.kind}
          onChange={(event) => {
            const { value } = event.target;
            onChange({ ...criteria, kind: isKind(value) ? value : '' });
          }}
        >
          <option value="">All kinds</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>Language</label>
        <select
          id={`${id}-language`}
          value={criteria.language}
          onChange={(event) => {
            onChange({ ...criteria, language: event.target.value });
          }}
        >
          <option value="">All languages</option>
          {languages.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)} ({tag})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
