import type { ScriptSource } from '../../library/entry.ts';
import type { Locks } from '../../platform/locks/locks.ts';
import type { Speech } from '../../platform/speech/speech.ts';
import type { DeviceStorage } from '../../platform/storage/storage.ts';
import { useScript } from '../../store/use-script.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { libraryHref, scriptHref } from '../routes.ts';
import { InterviewStart } from './InterviewStart.tsx';

interface InterviewPageProps {
  readonly source: ScriptSource;
  readonly id: string;
  readonly speech: Speech;
  readonly storage: DeviceStorage;
  readonly locks: Locks;
}

/** Starts an interview of one script of the library. */
export function InterviewPage({ source, id, speech, storage, locks }: InterviewPageProps) {
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
      speech={speech}
      storage={storage}
      locks={locks}
    />
  );
}
