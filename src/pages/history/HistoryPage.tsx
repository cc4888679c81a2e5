import { useEffect, useRef } from 'react';
import { formatClock } from '../../interview/format-clock.ts';
import type { DeviceStorage } from '../../platform/storage/storage.ts';
import { useSessionSummaries } from '../../store/use-session-summaries.ts';
import { historyHref, historyOfScriptHref, progressHref, sessionHref } from '../routes.ts';
import { BackupActions } from './BackupActions.tsx';
import { StorageStatusPanel } from './StorageStatusPanel.tsx';
import { TranscriptSearch } from './TranscriptSearch.tsx';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { formatDateTime, sessionStatusLabel } from '../../ui/labels.ts';

interface HistoryPageProps {
  readonly scriptId: string | undefined;
  readonly storage: DeviceStorage;
  readonly notice: string | undefined;
  readonly onNavigate: (href: string) => void;
}

/** Past interviews, newest first, filtered by script; with storage, backup and a way into each review. */
export function HistoryPage({ scriptId, storage, notice, onNavigate }: HistoryPageProps) {
  const history = useSessionSummaries(scriptId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const scripts = history.status === 'ready' ? history.scripts : [];

  return (
    <article className="history">
      <h1 ref={heading} tabIndex={-1}>
        History
      </h1>
      {notice !== undefined && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <BackupActions onImported={history.retry} />
      <TranscriptSearch />
      {scripts.length > 1 && (
        <p className="filters">
          <label htmlFor="history-script">Script</label>{' '}
          <select
            id="history-script"
            value={scriptId ?? ''}
            onChange={(event) => {
              onNavigate(event.target.value === '' ? historyHref : historyOfScriptHref(event.target.value));
            }}
          >
            <option value="">All scripts</option>
            {scripts.map(({ id, title }) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
          {scriptId !== undefined && (
            <>
              {' '}
              <a href={progressHref(scriptId)}>Progress on this script</a>
            </>
          )}
        </p>
      )}
      {history.status === 'loading' && <p className="loading">Loading your interviews…</p>}
      {history.status === 'error' && <LoadFailure message={history.message} onRetry={history.retry} />}
      {history.status === 'ready' && history.summaries.length === 0 && (
        <p>
          No interviews yet. Pick a script in the library and start one: every answer you give is kept here.
        </p>
      )}
      {history.status === 'ready' && history.summaries.length > 0 && (
        <ul className="session-list" aria-label="Interviews">
          {history.summaries.map(({ session, answerCount, recordedMs }) => (
            <li key={session.id} className="card">
              <a href={sessionHref(session.id)} lang={session.script.language}>
                {session.script.title}
              </a>
              <p className="session-facts">
                {formatDateTime(session.startedAt)} · {sessionStatusLabel(session.status)} · {answerCount}{' '}
                answers · {formatClock(recordedMs)} recorded · {session.settings.timing} timing
              </p>
            </li>
          ))}
        </ul>
      )}
      <StorageStatusPanel storage={storage} />
    </article>
  );
}
