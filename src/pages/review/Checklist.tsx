interface ChecklistProps {
  readonly legend: string;
  readonly items: readonly string[];
  readonly checked: readonly string[];
  readonly onToggle: (item: string) => void;
  /** BCP-47 tag of the items' language, when it differs from the page's. */
  readonly lang?: string;
}

/** Items to tick as covered: a script's checkpoints and rubric, or the general self-practice list. */
export function Checklist({ legend, items, checked, onToggle, lang }: ChecklistProps) {
  if (items.length === 0) return null;
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item} className="checklist-item">
          <input
            type="checkbox"
            checked={checked.includes(item)}
            onChange={() => {
              onToggle(item);
            }}
          />
          <span lang={lang}>{item}</span>
        </label>
      ))}
    </fieldset>
  );
}
