import { useState, type SyntheticEvent } from 'react';
import { createBrowserServices } from '../../interview/browser-services.ts';
import type { InterviewInput } from '../../interview/machine.ts';
import { buildPlan } from '../../interview/plan.ts';
import { timingModes, type SessionSettings, type TimingMode } from '../../interview/records.ts';
import type { ScriptSource } from '../../library/entry.ts';
import { entryKey } from '../../library/entry.ts';
import type { Speech } from '../../platform/speech/speech.ts';
import type { Library } from '../../store/use-library.ts';
import { saveSettings } from '../../store/settings.ts';
import { useSettings } from '../../store/use-settings.ts';
import { libraryHref, scriptHref } from '../routes.ts';
import { InterviewSession } from './InterviewSession.tsx';

interface InterviewPageProps {
  readonly library: Library;
  readonly source: ScriptSource;
  readonly id: string;
  readonly speech: Speech;
}

const modeDescriptions: Record<TimingMode, string> = {
  strict: 'Strict: at the limit the interviewer interrupts and moves on, as a real interviewer would.',
  soft: 'Soft: you may run over; the overtime is counted and shown.',
  untimed: 'Untimed: no limits, the clock only counts.',
};

/** Starts an interview of one script: choose how it is timed, then the session runs. */
export function InterviewPage({ library, source, id, speech }: InterviewPageProps) {
  const settings = useSettings();
  const [choice, setChoice] = useState<SessionSettings | undefined>(undefined);
  const [input, setInput] = useState<InterviewInput | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const entry =
    library.status === 'ready' ? library.entries.find((e) => e.key === entryKey(source, id)) : undefined;

  if (library.status === 'loading' || settings === undefined) return <p className="loading">Loading…</p>;
  if (entry === undefined) {
    return (
      <>
        <h1>Script not found</h1>
        <p>
          There is no script “{id}” to practise. <a href={libraryHref}>Go to the library</a>.
        </p>
      </>
    );
  }
  const { script } = entry;
  const chosen = choice ?? { timing: settings.timing, speech: settings.speech };

  const begin = (sessionSettings: SessionSettings) => {
    setInput({
      services: createBrowserServices(settings, speech),
      script,
      scriptSource: entry.source,
      plan: buildPlan(script, Math.random),
      settings: sessionSettings,
    });
    setAttempt((n) => n + 1);
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    begin(chosen);
    // Remember the choice as the default for the next interview; failing to remember it is not worth stopping for.
    saveSettings({ ...settings, ...chosen }).catch(() => undefined);
  };

  return (
    <article className="interview-page">
      <p className="back">
        <a href={scriptHref(entry.source, script.id)}>← {script.title}</a>
      </p>
      {input === undefined ? (
        <form className="get-ready" onSubmit={onSubmit} aria-labelledby="get-ready-heading">
          <h1 id="get-ready-heading">Get ready: {script.title}</h1>
          <fieldset>
            <legend>Timing</legend>
            {timingModes.map((mode) => (
              <label key={mode} className="choice">
                <input
                  type="radio"
                  name="timing"
                  value={mode}
                  checked={chosen.timing === mode}
                  onChange={() => {
                    setChoice({ ...chosen, timing: mode });
                  }}
                />
                {modeDescriptions[mode]}
              </label>
            ))}
          </fieldset>
          <label className="choice">
            <input
              type="checkbox"
              checked={chosen.speech}
              onChange={(event) => {
                setChoice({ ...chosen, speech: event.target.checked });
              }}
            />
            Speak the questions aloud (otherwise they are shown as text)
          </label>
          <button type="submit" className="button button-primary">
            Continue to the microphone check
          </button>
        </form>
      ) : (
        <InterviewSession
          key={attempt}
          input={input}
          onAgain={() => {
            begin(input.settings);
          }}
        />
      )}
    </article>
  );
}
