import { lazy, Suspense, useState } from 'react';
import type { AppServices } from './app-services.ts';
import { noCriteria, type LibraryCriteria } from './library/filter.ts';
import { LibraryPage } from './pages/library/LibraryPage.tsx';
import {
  historyHref,
  interviewHref,
  libraryHref,
  parseRoute,
  practiceHref,
  settingsHref,
} from './pages/routes.ts';
import { goToHash, replaceHash, useLocationHash, usePageVisit } from './platform/location-hash.ts';
import { useDatabaseState } from './store/use-database-state.ts';
import { useInterviewRecovery } from './store/use-interview-recovery.ts';
import { useLibrary } from './store/use-library.ts';
import { DatabaseNotice } from './ui/DatabaseNotice.tsx';
import { LoadFailure } from './ui/LoadFailure.tsx';
import { UpdateNotice } from './ui/UpdateNotice.tsx';

// Every page but the library loads when visited, so the library paints with little code: the plan brings
// the whole catalog, the interview the state machine and the recorder, the others zod and the database.
const ScriptPlanPage = lazy(async () => ({
  default: (await import('./pages/plan/ScriptPlanPage.tsx')).ScriptPlanPage,
}));
const InterviewPage = lazy(async () => ({
  default: (await import('./pages/interview/InterviewPage.tsx')).InterviewPage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('./pages/settings/SettingsPage.tsx')).SettingsPage,
}));
const HistoryPage = lazy(async () => ({
  default: (await import('./pages/history/HistoryPage.tsx')).HistoryPage,
}));
const ReviewPage = lazy(async () => ({
  default: (await import('./pages/review/ReviewPage.tsx')).ReviewPage,
}));
const ResumePage = lazy(async () => ({
  default: (await import('./pages/interview/ResumePage.tsx')).ResumePage,
}));
const PracticePage = lazy(async () => ({
  default: (await import('./pages/practice/PracticePage.tsx')).PracticePage,
}));
const PracticeSessionPage = lazy(async () => ({
  default: (await import('./pages/practice/PracticeSessionPage.tsx')).PracticeSessionPage,
}));
// The editor brings the exporter, and the parser once it checks what is typed.
const ScriptEditorPage = lazy(async () => ({
  default: (await import('./pages/editor/ScriptEditorPage.tsx')).ScriptEditorPage,
}));
// Reads the database, so it loads once that is open.
const TranscriptionQueue = lazy(async () => ({
  default: (await import('./ui/TranscriptionQueue.tsx')).TranscriptionQueue,
}));
const ProgressPage = lazy(async () => ({
  default: (await import('./pages/progress/ProgressPage.tsx')).ProgressPage,
}));

/** Whether a page reads or writes stored interviews and settings (the library and plans work without). */
function needsStorage(page: ReturnType<typeof parseRoute>['page']): boolean {
  return page !== 'library' && page !== 'script' && page !== 'not-found';
}

/**
 * The shell: header, the page the location hash names, and the state pages share across navigation. The
 * services are built once, at start, and passed to the pages that need them.
 */
export function App({ services }: { readonly services: AppServices }) {
  const { speech, storage, locks, updates } = services;
  const route = parseRoute(useLocationHash());
  const pageVisit = usePageVisit();
  const database = useDatabaseState();
  const library = useLibrary(database);
  // Kept here, not in the library page, so the filters survive a visit to a script's plan and back.
  const [criteria, setCriteria] = useState<LibraryCriteria>(noCriteria);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const interviewing =
    route.page === 'interview' || route.page === 'resume' || route.page === 'practice-session';
  // On start and on every page change (such as leaving an interview midway), interviews that no tab runs
  // any more are completed and marked interrupted, so none stays "in progress" forever.
  const recoveryFailure = useInterviewRecovery(locks, route.page, database === 'open');

  return (
    <>
      <header className="app-header">
        <a className="brand" href={libraryHref}>
          Viva
        </a>
        <nav aria-label="Main">
          <a href={libraryHref} aria-current={route.page === 'library' ? 'page' : undefined}>
            Library
          </a>
          <a href={practiceHref} aria-current={route.page === 'practice' ? 'page' : undefined}>
            Practice
          </a>
          <a href={historyHref} aria-current={route.page === 'history' ? 'page' : undefined}>
            History
          </a>
          <a href={settingsHref} aria-current={route.page === 'settings' ? 'page' : undefined}>
            Settings
          </a>
        </nav>
      </header>
      <main>
        <UpdateNotice updates={updates} locks={locks} interviewing={interviewing} />
        <DatabaseNotice state={database} interviewing={interviewing} />
        {recoveryFailure !== undefined && <LoadFailure message={recoveryFailure} />}
        {/* Answers waiting for their transcripts are transcribed on any page but an interview, whose
            recording must have the processor, and a review, which transcribes its own. */}
        {database === 'open' && !interviewing && route.page !== 'session' && (
          <Suspense fallback={null}>
            <TranscriptionQueue recognisers={services.recognition} locks={locks} />
          </Suspense>
        )}
        {route.page === 'library' && (
          <LibraryPage
            library={library}
            criteria={criteria}
            onCriteriaChange={setCriteria}
            notice={notice}
            storageReady={database === 'open'}
          />
        )}
        {/* Pages that read or write interviews wait for the database, and are not shown without one
            (the notice above says why): an interview must never record into nothing. */}
        {database === 'opening' && needsStorage(route.page) && <p className="loading">Loading…</p>}
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.page === 'script' && (
            <ScriptPlanPage
              key={`${route.source}/${route.id}`}
              database={database}
              source={route.source}
              id={route.id}
              onDeleted={(script) => {
                setNotice(`Deleted “${script.title}”.`);
                // Replace, so that Back does not lead to the deleted script.
                replaceHash(libraryHref);
              }}
            />
          )}
          {database === 'open' && route.page === 'interview' && (
            <InterviewPage
              key={`${route.source}/${route.id}`}
              source={route.source}
              id={route.id}
              services={services}
            />
          )}
          {database === 'open' && route.page === 'resume' && (
            <ResumePage key={route.sessionId} sessionId={route.sessionId} services={services} />
          )}
          {database === 'open' && route.page === 'settings' && (
            <SettingsPage speech={speech} packs={services.recognition.browserPacks} />
          )}
          {database === 'open' && route.page === 'history' && (
            <HistoryPage
              key={route.scriptId ?? ''}
              scriptId={route.scriptId}
              storage={storage}
              notice={notice}
              onNavigate={replaceHash}
            />
          )}
          {database === 'open' && route.page === 'session' && (
            <ReviewPage
              key={route.id}
              sessionId={route.id}
              recognition={services.recognition}
              {...(route.moment === undefined ? {} : { moment: route.moment })}
              onDeleted={(title) => {
                setNotice(`Deleted the interview “${title}”.`);
                replaceHash(historyHref);
              }}
            />
          )}
          {database === 'open' && route.page === 'practice' && <PracticePage />}
          {database === 'open' && route.page === 'practice-session' && (
            <PracticeSessionPage
              key={route.drill === undefined ? 'today' : `${route.drill.scriptKey}/${route.drill.title}`}
              {...(route.drill === undefined ? {} : { drill: route.drill })}
              services={services}
            />
          )}
          {database === 'open' && route.page === 'editor' && (
            <ScriptEditorPage
              // Not keyed by its URL: the editor renames that once it saves a new script, and stays.
              key={pageVisit}
              database={database}
              library={library}
              start={route.start}
              onRun={(id) => {
                goToHash(interviewHref('imported', id));
              }}
            />
          )}
          {database === 'open' && route.page === 'progress' && (
            <ProgressPage key={route.scriptId} scriptId={route.scriptId} />
          )}
        </Suspense>
        {route.page === 'not-found' && (
          <>
            <h1>Page not found</h1>
            <p>
              Nothing lives at “{route.hash}”. <a href={libraryHref}>Go to the library</a>.
            </p>
          </>
        )}
      </main>
    </>
  );
}
