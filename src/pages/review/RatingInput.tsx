import { useId, useState } from 'react';

interface RatingInputProps {
  readonly value: number | undefined;
  readonly onChange: (rating: number) => void;
  readonly legend: string;
}

const meanings = ['poor', 'weak', 'fair', 'good', 'excellent'] as const;

/** A 1–5 rating as a radio group, so arrow keys move through it and each step says what it means. */
export function RatingInput({ value, onChange, legend }: RatingInputProps) {
  const name = useId();
  // Shown at once: the stored value catches up when the write lands, and a radio that sprang back meanwhile
  // would look like the click was lost.
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const shown = chosen ?? value;
  return (
    <fieldset className="rating">
      <legend>{legend}</legend>
      {meanings.map((meaning, index) => {
        const rating = index + 1;
        return (
          <label key={meaning} className="rating-option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={shown === rating}
              onChange={() => {
                setChosen(rating);
                onChange(rating);
              }}
            />
            <span>
              {rating} <span className="rating-meaning">{meaning}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
