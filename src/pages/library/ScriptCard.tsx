import type { LibraryEntry } from '../../library/entry.ts';
import { scriptHref } from '../routes.ts';
import { ScriptFacts } from './ScriptFacts.tsx';

/** One script in the library. The title is a real link (Enter opens it); the whole card is its click target. */
export function ScriptCard({ entry }: { readonly entry: LibraryEntry }) {
  const { overview, source } = entry;
  return (
    <article className="card" lang={overview.language}>
      <h2 className="card-title">
        <a className="card-link" href={scriptHref(source, overview.id)}>
          {overview.title}
        </a>
      </h2>
      {source === 'imported' && (
        <p className="badge" lang="en">
          Imported
        </p>
      )}
      {overview.description && <p className="card-description">{overview.description}</p>}
      <div lang="en">
        <ScriptFacts overview={overview} />
      </div>
    </article>
  );
}
