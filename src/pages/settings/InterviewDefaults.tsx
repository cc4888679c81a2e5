import { useId } from 'react';
import { timingModes, type SessionSettings, type TimingMode } from '../../interview/records.ts';
import { loadSettings, saveSettings } from '../../store/settings.ts';
import type { SaveQueue } from './save-queue.ts';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { useEdited } from './use-edited.ts';

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

function sameDefaults(a: SessionSettings, b: SessionSettings): boolean {
  return a.timing === b.timing && a.speech === b.speech;
}

interface InterviewDefaultsProps {
  readonly settings: SessionSettings;
  readonly save: SaveQueue;
}

/** Timing mode and speech on or off, with which every new interview starts; saved on every change. */
export function InterviewDefaults({ settings, save }: InterviewDefaultsProps) {
  const id = useId();
  const { value, change, status } = useEdited(settings, sameDefaults, ({ timing, speech }) =>
    // Read afresh rather than taken from what is shown, so that a voice saved a moment ago is kept.
    save(async () => saveSettings({ ...(await loadSettings()), timing, speech })),
  );

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Interview defaults</h2>
      <p className="hint">Every interview you start from now on uses these.</p>
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
                change({ ...value, timing: mode });
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
              change({ ...value, speech: event.target.checked });
            }}
          />
          <label htmlFor={`${id}-speech`}>Speak the questions aloud</label>
          <p id={`${id}-speech-description`} className="choice-description">
            When off, the interviewer stays silent: each question is shown as text, and your answer starts
            once you have had time to read it.
          </p>
        </div>
      </fieldset>
      <SaveStatusLine status={status} />
    </section>
  );
}
