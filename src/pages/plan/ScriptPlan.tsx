import type { Script } from '../../script/model.ts';
import { formatSeconds, summarizeScript } from '../../script/summary.ts';
import { PromptText } from './PromptText.tsx';
import { QuestionPlan } from './QuestionPlan.tsx';
import { TextList } from './TextList.tsx';

/** "5 of these 23 questions will be asked, in order." — only for scripts whose questions are a pool. */
export function poolNote(script: Script): string | undefined {
  if (!script.pool) return undefined;
  return `${script.pool.ask} of these ${script.questions.length} questions will be asked, ${script.pool.order}.`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "45 min · 1 question · up to 5 follow-ups and 3 traps as time allows" — what a script with a stated
 * duration really asks, since the interviewer keeps to that duration.
 */
export function timeKeptNote(script: Script): string | undefined {
  if (script.durationSeconds === undefined) return undefined;
  const { followUps, traps } = summarizeScript(script);
  const asked = Math.min(script.pool?.ask ?? Infinity, script.questions.length);
  const optional = [
    followUps > 0 ? count(followUps, 'follow-up', 'follow-ups') : undefined,
    traps > 0 ? count(traps, 'trap', 'traps') : undefined,
  ].filter((part) => part !== undefined);
  return [
    formatSeconds(script.durationSeconds),
    count(asked, 'question', 'questions'),
    ...(optional.length === 0 ? [] : [`up to ${optional.join(' and ')} as time allows`]),
  ].join(' · ');
}

/** The interview's phases in the order they happen, with every prompt and budget. */
export function ScriptPlan({ script }: { readonly script: Script }) {
  const { language } = script;
  const summary = summarizeScript(script);
  const note = poolNote(script);
  const timeKept = timeKeptNote(script);
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">The plan</h2>
      <p className="plan-total">
        Total planned time: <strong>{formatSeconds(summary.totalSeconds)}</strong>
        {script.durationSeconds !== undefined && summary.plannedSeconds !== script.durationSeconds && (
          <> (the prompts’ budgets add up to {formatSeconds(summary.plannedSeconds)})</>
        )}
      </p>
      {timeKept && (
        <p className="plan-time-kept">
          {timeKept}. With strict or soft timing the interviewer keeps to this: a follow-up or trap is asked
          only while it and the turns that must follow still fit, and if the questions alone need longer, each
          of their budgets is cut by the same share so the closing starts in time.
        </p>
      )}
      <ol className="phases">
        <li className="phase">
          <h3>Opening</h3>
          <PromptText prompt={script.opening} language={language} />
        </li>
        {note && (
          <li className="phase phase-note">
            <p>{note}</p>
          </li>
        )}
        {script.questions.map((question, index) => (
          <li className="phase" key={index}>
            <QuestionPlan question={question} number={index + 1} language={language} />
          </li>
        ))}
        <li className="phase">
          <h3>Closing</h3>
          <PromptText prompt={script.closing} language={language} />
          <TextList
            heading={<h4>Your questions for the interviewer</h4>}
            items={script.candidateQuestions}
            language={language}
          />
        </li>
      </ol>
      <TextList
        heading={<h3>How the whole interview is judged</h3>}
        items={script.rubric}
        language={language}
        className="rubric"
      />
    </section>
  );
}
