import type { ScriptOverview } from '../../library/overview.ts';
import { formatSeconds } from '../../script/summary.ts';
import { kindLabel, languageName } from '../../ui/labels.ts';

/** "8 questions", or for a pool "ask 5 of 23 questions". */
export function questionCountLabel({ questions, ask }: ScriptOverview): string {
  const noun = questions === 1 ? 'question' : 'questions';
  return ask === undefined ? `${questions} ${noun}` : `ask ${ask} of ${questions} ${noun}`;
}

/** The figures a card shows about a script: kind, language, duration, questions. */
export function ScriptFacts({ overview }: { readonly overview: ScriptOverview }) {
  return (
    <dl className="facts">
      <div>
        <dt>Kind</dt>
        <dd>{kindLabel(overview.kind)}</dd>
      </div>
      <div>
        <dt>Language</dt>
        <dd>
          {languageName(overview.language)} <span className="tag">{overview.language}</span>
        </dd>
      </div>
      <div>
        <dt>Duration</dt>
        <dd>{formatSeconds(overview.totalSeconds)}</dd>
      </div>
      <div>
        <dt>Questions</dt>
        <dd>{questionCountLabel(overview)}</dd>
      </div>
    </dl>
  );
}
