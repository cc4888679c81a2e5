interface RangeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  /** The value as shown next to the slider, e.g. "80%". */
  readonly shown: string;
  /** The value as a screen reader says it, e.g. "1.2 times normal speed". */
  readonly spoken: string;
  readonly onChange: (value: number) => void;
}

/** A labelled slider with its value shown beside it. */
export function RangeField({ id, label, min, max, step, value, shown, spoken, onChange }: RangeFieldProps) {
  return (
    <div className="field range-field">
      <label htmlFor={id}>{label}</label>
      <div className="range-row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={spoken}
          onChange={(event) => {
            onChange(Number(event.target.value));
          }}
        />
        {/* Screen readers hear the value from the slider itself; this is its visible twin. */}
        <span className="range-value" aria-hidden="true">
          {shown}
        </span>
      </div>
    </div>
  );
}
