import { useId } from 'react';
import { timingModes, type SessionSettings, type TimingMode } from '../interview/records.ts';

const timingChoices: Record<TimingMode, { readonly label: string; readonly description: string }> = {
  strict: {
    label: 'Strict',
    description: 'The interviewer interrupts you when an answer reaches its time limit, and moves on.',
  },
  soft: {
    label: 'Soft',
    description: 'Recording goes on past the limit, and the time over it is counted as overtime.',
  },
  untimed: {
    label: 'Untimed',
    description: 'No limits: take as long as you need. How long each answer took is still recorded.',
  },
};

interface SessionSettingsFieldsProps {
  readonly value: SessionSettings;
  readonly onChange: (value: SessionSettings) => void;
}

/** The timing mode and speech on or off, as radio buttons and a checkbox that explain themselves. */
export function SessionSettingsFields({ value, onChange }: SessionSettingsFieldsProps) {
  const id = useId();
  return (
    <>
      <fieldset className="settings-group">
        <legend>Timing</legend>
        {timingModes.map((mode) => (
          <div className="choice" key={mode}>
            <input
              id={`${id}-${mode}`}
              type="radio"
              name={`${id}-timing`}
              value={mode}
              checked={value.timing === mode}
              aria-describedby={`${id}-${mode}-description`}
              onChange={() => {
                onChange({ ...value, timing: mode });
              }}
            />
            <label htmlFor={`${id}-${mode}`}>{timingChoices[mode].label}</label>
            <p id={`${id}-${mode}-description`} className="choice-description">
              {timingChoices[mode].description}
            </p>
          </div>
        ))}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Speech</legend>
        <div className="choice">
          <input
            id={`${id}-speech`}
            type="checkbox"
            checked={value.speech}
            aria-describedby={`${id}-speech-description`}
            onChange={(event) => {
              onChange({ ...value, speech: event.target.checked });
            }}
          />
          <label htmlFor={`${id}-speech`}>Speak the questions aloud</label>
          <p id={`${id}-speech-description`} className="choice-description">
            When off, the interviewer stays silent: each question is shown as text, and your answer starts
            once you have had time to read it.
          </p>
        </div>
      </fieldset>
    </>
  );
}
