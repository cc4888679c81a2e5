import { useState } from 'react';
import { errorMessage } from '../../error-message.ts';
import { closeInterruptedInterview, type InterruptedInterview } from '../../store/recovery.ts';
import { useInterruptedInterviews } from '../../store/use-interrupted-interviews.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { stoppedAtLabel } from '../../ui/stopped-at.ts';
import { resumeHref, sessionHref } from '../routes.ts';

/**
 * Interviews the app stopped in the middle of (the browser closed or crashed, the page was left), each
 * with where it stopped and what the user can do: resume it there, close it as it is, or review it.
 */
export function InterruptedInterviews() {
  const interrupted = useInterruptedInterviews();
  const [failure, setFailure] = useState<string | undefined>(undefined);

  if (interrupted.status === 'loading') return null;
  if (interrupted.status === 'error')
    return <LoadFailure message={interrupted.message} onRetry={interrupted.retry} />;
  if (interrupted.interviews.length === 0) return null;

  const close = (interview: InterruptedInterview) => {
    setFailure(undefined);
    closeInterruptedInterview(interview.session.id).catch((error: unknown) => {
      setFailure(`“${interview.session.script.title}” could not be closed: ${errorMessage(error)}`);
    });
  };

  return (
    <section className="interrupted" aria-labelledby="interrupted-heading">
      <h2 id="interrupted-heading">Interrupted interviews</h2>
      <p className="hint">
        Viva stopped in the middle of these (the browser or tab was closed, or the page was left). Everything
        recorded up to then is kept.
      </p>
      <ul>
        {interrupted.interviews.map((interview) => {
          const { session, answerCount } = interview;
          const headingId = `interrupted-${session.id}`;
          return (
            <li key={session.id}>
              <h3 id={headingId}>{session.script.title}</h3>
              <p>
                Started {formatDateTime(session.startedAt)}; stopped at {stoppedAtLabel(interview)}, with{' '}
                {answerCount === 1 ? 'one answer' : `${answerCount} answers`} recorded.
              </p>
              <div className="actions">
                <a
                  className="button button-primary"
                  href={resumeHref(session.id)}
                  aria-describedby={headingId}
                >
                  Resume
                </a>
                <button
                  type="button"
                  className="button"
                  aria-describedby={headingId}
                  onClick={() => {
                    close(interview);
                  }}
                >
                  Close as finished
                </button>
                <a className="button" href={sessionHref(session.id)} aria-describedby={headingId}>
                  Review what was recorded
                </a>
              </div>
            </li>
          );
        })}
      </ul>
      {failure !== undefined && (
        <p className="problem" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
