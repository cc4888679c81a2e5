import type { AppServices } from '../../app-services.ts';
import type { ScriptSource } from '../../library/entry.ts';
import { useScript } from '../../store/use-script.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { libraryHref, scriptHref } from '../routes.ts';
import { InterviewStart } from './InterviewStart.tsx';

interface InterviewPageProps {
  readonly source: ScriptSource;
  readonly id: string;
  readonly services: AppServices;
}

/** Starts an interview of one script of the library. */
export function InterviewPage({ source, id, services }: InterviewPageProps) {
  // The page shows only while the database is open.
  const found = useScript('open', source, id);
  const entry = found.status === 'ready' ? found.entry : undefined;

  if (found.status === 'loading') return <p className="loading">Loading…</p>;
  if (found.status === 'error') return <LoadFailure message={found.message} />;
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
  return (
    <InterviewStart
      script={entry.script}
      scriptSource={entry.source}
      back={{ href: scriptHref(entry.source, entry.script.id), label: entry.script.title }}
      services={services}
    />
  );
}
