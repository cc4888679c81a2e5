import { useEffect, useRef } from 'react';
import type { ScriptSource } from '../../library/entry.ts';
import { overviewOf } from '../../library/overview.ts';
import type { Script } from '../../script/model.ts';
import type { DatabaseState } from '../../store/database-health.ts';
import { useScript } from '../../store/use-script.ts';
import { ScriptFacts } from '../library/ScriptFacts.tsx';
import { editorHref, interviewHref, libraryHref } from '../routes.ts';
import { ImportedScriptActions } from './ImportedScriptActions.tsx';
import { ScriptPlan } from './ScriptPlan.tsx';
import { LoadFailure } from '../../ui/LoadFailure.tsx';

interface ScriptPlanPageProps {
  readonly database: DatabaseState;
  readonly source: ScriptSource;
  readonly id: string;
  readonly onDeleted: (script: Script) => void;
}

/** A script's plan, shown before the interview so the user knows what is coming. */
export function ScriptPlanPage({ database, source, id, onDeleted }: ScriptPlanPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const found = useScript(database, source, id);
  const entry = found.status === 'ready' ? found.entry : undefined;

  // A new page: move focus to its heading so keyboard and screen-reader users start at the top of it.
  useEffect(() => {
    heading.current?.focus();
  }, [entry?.key]);

  const back = (
    <p className="back">
      <a href={libraryHref}>← Library</a>
    </p>
  );

  if (found.status === 'loading') return <p className="loading">Loading the script…</p>;
  if (found.status === 'error') {
    return (
      <>
        {back}
        <LoadFailure message={found.message} />
      </>
    );
  }
  if (!entry) {
    return (
      <>
        {back}
        <h1 ref={heading} tabIndex={-1}>
          Script not found
        </h1>
        <p>
          There is no {source === 'imported' ? 'imported' : 'built-in'} script with the id “{id}”.
        </p>
      </>
    );
  }

  const { script } = entry;
  return (
    <article className="plan">
      {back}
      <header className="plan-header">
        <h1 ref={heading} tabIndex={-1} lang={script.language}>
          {script.title}
        </h1>
        {entry.imported && (
          <p className="badge">
            {entry.imported.fileName === undefined ? (
              'Written in Viva'
            ) : (
              <>
                Imported from <span className="file-name">{entry.imported.fileName}</span>
              </>
            )}
          </p>
        )}
        {script.description && <p lang={script.language}>{script.description}</p>}
        <p>
          Interviewer: <span lang={script.language}>{script.interviewer}</span>
        </p>
        <ScriptFacts overview={overviewOf(script)} />
        <div className="actions">
          <a className="button button-primary" href={interviewHref(entry.source, script.id)}>
            Start interview
          </a>
          <a className="button" href={editorHref({ from: 'copy', source: entry.source, id: script.id })}>
            Duplicate and edit
          </a>
          {entry.source === 'imported' && <ImportedScriptActions script={script} onDeleted={onDeleted} />}
        </div>
      </header>
      <ScriptPlan script={script} />
    </article>
  );
}
