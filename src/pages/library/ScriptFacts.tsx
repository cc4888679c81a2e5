import type { Script } from '../../script/model.ts';
import { formatSeconds, summarizeScript } from '../../script/summary.ts';
import { kindLabel, languageName } from '../../ui/labels.ts';

/** "8 questions", or for a pool "ask 5 of 23 questions". */
export function questionCountLabel(script: Script): string {
  const total = script.questions.length;
  const noun = total === 1 ? 'question' : 'questions';
  return script.pool ? `ask ${script.pool.ask} of ${total} ${noun}` : `${total} ${noun}`;
}

/** The figures a card shows about a script: kind, language, duration, questions. */
export function ScriptFacts({ script }: { readonly script: Script }) {
  return (
    <dl className="facts">
      <div>
        <dt>Kind</dt>
        <dd>{kindLabel(script.kind)}</dd>
      </div>
      <div>
        <dt>Language</dt>
        <dd>
          {languageName(script.language)} <span className="tag">{script.language}</span>
        </dd>
      </div>
      <div>
        <dt>Duration</dt>
        <dd>{formatSeconds(summarizeScript(script).totalSeconds)}</dd>
      </div>
      <div>
        <dt>Questions</dt>
        <dd>{questionCountLabel(script)}</dd>
      </div>
    </dl>
  );
}
