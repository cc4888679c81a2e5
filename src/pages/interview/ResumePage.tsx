import { useState, type SyntheticEvent } from 'react';
import type { AppServices } from '../../app-services.ts';
import { interviewServices } from '../../interview-services.ts';
import { decisionsOf } from '../../interview/records.ts';
import type { InterviewInput } from '../../interview/machine-context.ts';
import { replaceHash } from '../../platform/location-hash.ts';
import { useInterruptedInterviews } from '../../store/use-interrupted-interviews.ts';
import { useSettings } from '../../store/use-settings.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { historyHref, interviewHref, libraryHref, practiceSessionHref } from '../routes.ts';
import { InterviewBusy } from './InterviewBusy.tsx';
import { InterviewSession } from './InterviewSession.tsx';
import { stoppedAtLabel } from '../../ui/stopped-at.ts';
import { useInterviewLock } from './use-interview-lock.ts';

interface ResumePageProps {
  readonly sessionId: string;
  readonly services: AppServices;
}

/**
 * Continues an interrupted interview where it stopped, with the plan and timing it was started with:
 * the turn it stopped at is asked again, and every answer recorded before stays.
 */
export function ResumePage({ sessionId, services }: ResumePageProps) {
  const settings = useSettings();
  const interrupted = useInterruptedInterviews();
  const lock = useInterviewLock(services.locks);
  const [input, setInput] = useState<InterviewInput | undefined>(undefined);

  const back = (
    <p className="back">
      <a href={libraryHref}>← Library</a>
    </p>
  );
  // Once resumed the session is in progress again, no longer "interrupted": the running interview stays.
  if (input !== undefined) {
    return (
      <article className="interview-page">
        {back}
        <InterviewSession
          input={input}
          onAgain={() => {
            replaceHash(
              input.scriptSource === 'practice'
                ? practiceSessionHref
                : interviewHref(input.scriptSource, input.script.id),
            );
          }}
          onEnded={lock.release}
        />
      </article>
    );
  }
  if (interrupted.status === 'loading' || settings === undefined) return <p className="loading">Loading…</p>;
  if (interrupted.status === 'error')
    return <LoadFailure message={interrupted.message} onRetry={interrupted.retry} />;
  const found = interrupted.interviews.find((interview) => interview.session.id === sessionId);
  // No such session, or no longer interrupted: resumed or closed, maybe in another tab.
  if (found === undefined) {
    return (
      <article className="interview-page">
        {back}
        <h1>Nothing to resume</h1>
        <p>
          This interview is not waiting to be resumed: it was finished, closed or resumed already, perhaps in
          another tab. <a href={historyHref}>See your interviews</a>.
        </p>
      </article>
    );
  }

  const { session, turnIndex } = found;
  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!(await lock.take())) return;
    setInput({
      services: interviewServices(services, settings, session.plan),
      script: session.script,
      scriptSource: session.scriptSource,
      ...(session.practice === undefined ? {} : { practice: session.practice }),
      plan: session.plan,
      settings: session.settings,
      resume: { sessionId: session.id, turnIndex, decisions: decisionsOf(session) },
    });
  };

  return (
    <article className="interview-page">
      {back}
      <form
        className="get-ready"
        onSubmit={(event) => {
          void onSubmit(event);
        }}
        aria-labelledby="resume-heading"
      >
        <h1 id="resume-heading">Resume: {session.script.title}</h1>
        <p>
          Started {formatDateTime(session.startedAt)}; it stopped at {stoppedAtLabel(found)}. That turn is
          asked again and recorded as a new answer; the answers recorded before stay as they are.
        </p>
        <p>
          Timing: {session.settings.timing}; questions {session.settings.speech ? 'spoken' : 'shown only'}, as
          when it started.
        </p>
        <button type="submit" className="button button-primary">
          Continue to the microphone check
        </button>
        {lock.state === 'busy' && <InterviewBusy />}
      </form>
    </article>
  );
}
