import type { LibraryEntry } from '../../library/entry.ts';
import { scriptHref } from '../routes.ts';
import { ScriptFacts } from './ScriptFacts.tsx';

/** One script in the library. The title is a real link (Enter opens it); the whole card is its click target. */
export function ScriptCard({ entry }: { readonly entry: LibraryEntry }) {
  const { script, source } = entry;
  return (
    <article className="card" lang={script.language}>
      <h2 className="card-title">
        <a className="card-link" href={scriptHref(source, script.id)}>
          {script.title}
        </a>
      </h2>
      {source === 'imported' && (
        <p className="badge" lang="en">
          Imported
        </p>
      )}
      {script.description && <p className="card-description">{script.description}</p>}
      <div lang="en">
        <ScriptFacts script={script} />
      </div>
    </article>
  );
}
