import { useState, type SyntheticEvent } from 'react';
import type { AppServices } from '../../app-services.ts';
import { interviewServices } from '../../interview-services.ts';
import type { InterviewInput } from '../../interview/machine-context.ts';
import { buildPlan } from '../../interview/plan.ts';
import type { NewSession, SessionSettings } from '../../interview/records.ts';
import type { Script } from '../../script/model.ts';
import { updateSessionSettings } from '../../store/settings.ts';
import { useSettings } from '../../store/use-settings.ts';
import { SessionSettingsFields } from '../../ui/SessionSettingsFields.tsx';
import { InterviewBusy } from './InterviewBusy.tsx';
import { InterviewSession } from './InterviewSession.tsx';
import { askToKeepRecordings } from './recordings-kept.ts';
import { useInterviewLock } from './use-interview-lock.ts';

/** What is about to be practised: a script of the library, or a practice session put together for today. */
export interface InterviewStartProps {
  readonly script: Script;
  readonly scriptSource: NewSession['scriptSource'];
  readonly practice?: NewSession['practice'];
  /** Where "back" leads, and what it says. */
  readonly back: { readonly href: string; readonly label: string };
  readonly services: AppServices;
}

/** Choose how the interview is timed, then the session runs. */
export function InterviewStart({ script, scriptSource, practice, back, services }: InterviewStartProps) {
  const settings = useSettings();
  const lock = useInterviewLock(services.locks);
  const [choice, setChoice] = useState<SessionSettings | undefined>(undefined);
  const [input, setInput] = useState<InterviewInput | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [kept, setKept] = useState('');

  if (settings === undefined) return <p className="loading">Loading…</p>;
  const chosen = choice ?? { timing: settings.timing, speech: settings.speech };

  // The lock comes first: a second tab must not even open the microphone while another records.
  const begin = async (sessionSettings: SessionSettings) => {
    if (!(await lock.take())) return;
    const plan = buildPlan(script, Math.random);
    setInput({
      services: interviewServices(services, settings, plan),
      script,
      scriptSource,
      ...(practice === undefined ? {} : { practice }),
      plan,
      settings: sessionSettings,
    });
    setAttempt((n) => n + 1);
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void begin(chosen);
    void askToKeepRecordings(services.storage).then(setKept);
    // Remember the choice as the default for the next interview; failing to remember it is not worth stopping for.
    updateSessionSettings(chosen).catch(() => undefined);
  };

  return (
    <article className="interview-page">
      <p className="back">
        <a href={back.href}>← {back.label}</a>
      </p>
      {input === undefined ? (
        <form className="get-ready" onSubmit={onSubmit} aria-labelledby="get-ready-heading">
          <h1 id="get-ready-heading">Get ready: {script.title}</h1>
          <SessionSettingsFields value={chosen} onChange={setChoice} />
          <button type="submit" className="button button-primary">
            Continue to the microphone check
          </button>
          {lock.state === 'busy' && <InterviewBusy />}
        </form>
      ) : (
        <>
          <p className="hint" role="status">
            {kept}
          </p>
          <InterviewSession
            key={attempt}
            input={input}
            onAgain={() => {
              void begin(input.settings);
            }}
            onEnded={lock.release}
          />
        </>
      )}
    </article>
  );
}
