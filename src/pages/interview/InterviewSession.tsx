import { useCallback, useEffect, useRef } from 'react';
import type { InterviewInput } from '../../interview/machine-context.ts';
import { useInterview } from '../../interview/use-interview.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { historyHref, libraryHref } from '../routes.ts';
import { MicrophoneCheck } from './MicrophoneCheck.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { TurnView } from './TurnView.tsx';
import { useAbortConfirmation } from './use-abort-confirmation.ts';
import { useShortcuts } from './use-shortcuts.ts';

interface InterviewSessionProps {
  readonly input: InterviewInput;
  readonly onAgain: () => void;
  /** Called once the interview is over (finished or stopped), when another one may start. */
  readonly onEnded: () => void;
}

const headings = {
  check: 'Check your microphone and the voice',
  running: 'Interview in progress',
  done: 'Interview finished',
  failed: 'The interview stopped',
} as const;

/** One interview from the microphone check to the summary; leaving the page ends it and keeps what was recorded. */
export function InterviewSession({ input, onAgain, onEnded }: InterviewSessionProps) {
  const { view, act } = useInterview(input);
  const abort = useAbortConfirmation(view, act);
  const askAbort = abort.ask;
  const heading = useRef<HTMLHeadingElement>(null);

  useShortcuts(
    view.can,
    useCallback(
      (command) => {
        if (command === 'abort') askAbort();
        else act[command]();
      },
      [act, askAbort],
    ),
  );

  const stage =
    view.step === 'done'
      ? 'done'
      : view.step === 'failed'
        ? 'failed'
        : view.step === 'opening-microphone' || view.step === 'microphone-failed' || view.step === 'ready'
          ? 'check'
          : 'running';

  const ended = stage === 'done' || stage === 'failed';
  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);

  // A new stage of the page: move focus to its heading so keyboard and screen-reader users start there.
  useEffect(() => {
    heading.current?.focus();
  }, [stage]);

  return (
    <section className="interview" aria-labelledby="interview-heading">
      <h1 id="interview-heading" ref={heading} tabIndex={-1}>
        {headings[stage]}
      </h1>
      {stage === 'check' && <MicrophoneCheck view={view} clock={input.services.clock} act={act} />}
      {stage === 'running' &&
        (view.turn === undefined ? (
          <p className="loading" role="status">
            {view.step === 'starting' ? 'Starting…' : 'Saving your answers…'}
          </p>
        ) : (
          <TurnView view={view} clock={input.services.clock} act={act} onAbort={askAbort} />
        ))}
      {stage === 'done' && <SessionSummary view={view} onAgain={onAgain} />}
      {stage === 'failed' && (
        <div className="problem" role="alert">
          <p>{view.problem?.message ?? 'Something went wrong.'}</p>
          {view.problem?.kind === 'storage' ? (
            <p>
              <a href={historyHref}>Open History</a> to export a backup or delete old interviews.
            </p>
          ) : (
            <p>
              What was recorded before this is kept. <a href={libraryHref}>Back to the library</a>
            </p>
          )}
        </div>
      )}
      <ConfirmDialog
        open={abort.open}
        title="End the interview now?"
        confirmLabel="End interview"
        cancelLabel="Keep going"
        onConfirm={abort.confirm}
        onCancel={abort.keepGoing}
      >
        <p>Everything recorded so far is kept. The remaining questions are not asked.</p>
        {abort.answerPaused && <p>Your answer is paused while you decide.</p>}
      </ConfirmDialog>
    </section>
  );
}
