import { useId } from 'react';

const playbackRates = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

interface SpeedSelectProps {
  readonly rate: number;
  readonly disabled: boolean;
  readonly onChange: (rate: number) => void;
}

/** The playback speed, 0.75× to 2×, as an ordinary labelled select. */
export function SpeedSelect({ rate, disabled, onChange }: SpeedSelectProps) {
  const id = useId();
  return (
    <span className="player-speed">
      <label htmlFor={id}>Speed</label>
      <select
        id={id}
        value={rate}
        disabled={disabled}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      >
        {playbackRates.map((option) => (
          <option key={option} value={option}>
            {option}×
          </option>
        ))}
      </select>
    </span>
  );
}
