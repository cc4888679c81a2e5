import { useState, type SyntheticEvent } from 'react';
import { errorMessage } from '../../error-message.ts';
import type { PlannedScript } from '../../practice/overview.ts';
import type { PracticePlanRecord } from '../../store/database.ts';
import { deletePracticePlan, savePracticePlan } from '../../store/practice-plan.ts';

interface PlanFormProps {
  readonly plan: PracticePlanRecord | undefined;
  /** Every script of the library, to choose the interview's areas from. */
  readonly library: readonly PlannedScript[];
}

/** The interview being prepared for: its name, its date and the scripts it covers. */
export function PlanForm({ plan, library }: PlanFormProps) {
  const [name, setName] = useState(plan?.name ?? '');
  const [date, setDate] = useState(plan?.interviewDate ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(plan?.scriptKeys ?? []));
  const [status, setStatus] = useState<{ readonly saved?: string; readonly failure?: string }>({});

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.size === 0) {
      setStatus({ failure: 'Choose at least one script whose questions the interview covers.' });
      return;
    }
    // Library order, so the queue brings new questions in the order the scripts are listed.
    const scriptKeys = library.map((entry) => entry.key).filter((key) => chosen.has(key));
    savePracticePlan({ name: name.trim(), scriptKeys, ...(date === '' ? {} : { interviewDate: date }) }).then(
      () => {
        setStatus({ saved: 'Plan saved.' });
      },
      (error: unknown) => {
        setStatus({ failure: `The plan could not be saved: ${errorMessage(error)}` });
      },
    );
  };

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  return (
    <form className="plan-form" onSubmit={onSubmit} aria-labelledby="plan-heading">
      <h2 id="plan-heading">{plan === undefined ? 'Plan your practice' : 'Your interview'}</h2>
      <div className="field">
        <label htmlFor="plan-name">Interview</label>
        <input
          id="plan-name"
          value={name}
          placeholder="e.g. Go senior at Acme"
          maxLength={200}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="plan-date">Date (optional: without one, three new questions a day)</label>
        <input
          id="plan-date"
          type="date"
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
          }}
        />
      </div>
      <fieldset className="plan-scripts">
        <legend>What it covers</legend>
        {library.map(({ key, script }) => (
          <label key={key} className="plan-script">
            <input
              type="checkbox"
              checked={chosen.has(key)}
              onChange={(event) => {
                toggle(key, event.target.checked);
              }}
            />{' '}
            {script.title}{' '}
            <span className="hint">
              (
              {script.questions.length === 1
                ? 'one question'
                : `${String(script.questions.length)} questions`}
              )
            </span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button-primary">
          Save the plan
        </button>
        {plan !== undefined && (
          <button
            type="button"
            className="button"
            onClick={() => {
              deletePracticePlan().then(
                () => {
                  setStatus({ saved: 'Plan removed: your attempts are kept.' });
                },
                (error: unknown) => {
                  setStatus({ failure: `The plan could not be removed: ${errorMessage(error)}` });
                },
              );
            }}
          >
            Remove the plan
          </button>
        )}
      </div>
      <p className="settings-saved" role="status">
        {status.saved ?? ''}
      </p>
      {status.failure !== undefined && (
        <p className="action-failure" role="alert">
          {status.failure}
        </p>
      )}
    </form>
  );
}
