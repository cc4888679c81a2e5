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
      <FacetSelect
        id={`${id}-kind`}
        label="Kind"
        allLabel="All kinds"
        value={criteria.kind}
        options={kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
        onChange={(value) => {
          onChange({ ...criteria, kind: isKind(value) ? value : '' });
        }}
      />
      <FacetSelect
        id={`${id}-language`}
        label="Language"
        allLabel="All languages"
        value={criteria.language}
        options={languages.map((tag) => ({ value: tag, label: `${languageName(tag)} (${tag})` }))}
        onChange={(value) => {
          onChange({ ...criteria, language: value });
        }}
      />
    </div>
  );
}

interface FacetSelectProps {
  readonly id: string;
  readonly label: string;
  /** The first option, which filters nothing out. */
  readonly allLabel: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

/** One labelled select over the values the library holds, with an "all" option first. */
function FacetSelect({ id, label, allLabel, value, options, onChange }: FacetSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
