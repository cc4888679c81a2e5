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

/** The interview's phases in the order they happen, with every prompt and budget. */
export function ScriptPlan({ script }: { readonly script: Script }) {
  const { language } = script;
  const summary = summarizeScript(script);
  const note = poolNote(script);
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">The plan</h2>
      <p className="plan-total">
        Total planned time: <strong>{formatSeconds(summary.totalSeconds)}</strong>
        {script.durationSeconds !== undefined && summary.plannedSeconds !== script.durationSeconds && (
          <> (the prompts’ budgets add up to {formatSeconds(summary.plannedSeconds)})</>
        )}
      </p>
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
