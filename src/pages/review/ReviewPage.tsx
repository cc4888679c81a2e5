import { useEffect, useMemo, useRef, useState } from 'react';
import { answerAudioFile } from '../../backup/answer-audio-file.ts';
import { exportBackup } from '../../backup/export-backup.ts';
import { backupFileName } from '../../backup/file-names.ts';
import { interviewInsights } from '../../insights/interview-insights.ts';
import { interviewTimeline } from '../../insights/interview-timeline.ts';
import { formatClock } from '../../interview/format-clock.ts';
import { decisionsOf } from '../../interview/records.ts';
import { downloadBlob } from '../../platform/download.ts';
import { setSessionNotes, toggleSessionCovered } from '../../store/assessments.ts';
import type { AnswerRecord } from '../../store/database.ts';
import { deleteSession } from '../../store/history.ts';
import { useSessionReview } from '../../store/use-session-review.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { selfPracticeChecklist } from '../../review/self-practice.ts';
import { historyHref, progressHref, type AnswerMoment } from '../routes.ts';
import { AnswerReview } from './AnswerReview.tsx';
import { Checklist } from './Checklist.tsx';
import { NotesField } from './NotesField.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { formatDateTime, sessionStatusLabel } from '../../ui/labels.ts';
import { errorMessage } from '../../error-message.ts';
import { InterviewerDecisions } from './InterviewerDecisions.tsx';
import { useSessionTranscription } from '../../transcription/use-session-transcription.ts';
import type { Recognisers } from '../../platform/recognition/recognition.ts';
import { analyseSessionAnswers, insightsByAnswer } from '../../review/session-analysis.ts';
import { answerFigures, interviewFigures } from '../../analysis/answer-figures.ts';
import { InterviewFiguresLine } from './InterviewFiguresLine.tsx';

const noAnswers: readonly AnswerRecord[] = [];

interface ReviewPageProps {
  readonly sessionId: string;
  /** Where to open it: one answer, at a moment (from a search hit). */
  readonly moment?: AnswerMoment;
  readonly onDeleted: (title: string) => void;
  /** The recognisers that transcribe its answers. */
  readonly recognition: Recognisers;
}

/** One past interview: the timeline against the plan, the general self-assessment, and every answer to replay and judge. */
export function ReviewPage({ sessionId, moment, onDeleted, recognition }: ReviewPageProps) {
  const review = useSessionReview(sessionId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [action, setAction] = useState('');
  const ready = review.status === 'ready' ? review : undefined;
  const transcription = useSessionTranscription(sessionId, ready?.answers ?? noAnswers, recognition);
  const timeline = useMemo(
    () => ready && interviewTimeline(ready.session.plan.turns, ready.answers),
    [ready],
  );
  const insights = useMemo(() => insightsByAnswer(ready?.answers ?? noAnswers), [ready]);
  const analysed = useMemo(
    () =>
      ready &&
      analyseSessionAnswers(
        ready.session.script,
        ready.answers,
        ready.answerAssessments,
        transcription.transcripts,
      ),
    [ready, transcription.transcripts],
  );
  const figures = useMemo(
    () =>
      analysed &&
      interviewFigures(
        [...analysed.values()].map(({ analysis, verdicts }) => answerFigures(analysis, verdicts)),
      ),
    [analysed],
  );

  // Opened at an answer's moment, that answer takes the focus instead (see AnswerReview).
  const openedAtMoment = moment !== undefined;
  useEffect(() => {
    if (!openedAtMoment) heading.current?.focus();
  }, [ready?.session.id, openedAtMoment]);

  if (review.status === 'loading') return <p className="loading">Loading the interview…</p>;
  if (review.status === 'error') {
    return <LoadFailure message={review.message} onRetry={review.retry} />;
  }
  if (review.status === 'missing' || ready === undefined || timeline === undefined) {
    return (
      <>
        <h1>Interview not found</h1>
        <p>
          It may have been deleted. <a href={historyHref}>See all interviews</a>.
        </p>
      </>
    );
  }

  const { session, answers, answerAssessments, sessionAssessment } = ready;
  const overall = interviewInsights([...insights.values()]);
  const title = session.script.title;

  const exportInterview = () => {
    setAction('Preparing the export…');
    exportBackup({ sessionIds: [session.id] }).then(
      (blob) => {
        downloadBlob(backupFileName(new Date(), { scriptId: session.scriptId }), blob);
        setAction('Exported.');
      },
      (error: unknown) => {
        setAction(`The export failed: ${errorMessage(error)}`);
      },
    );
  };
  const download = (answer: AnswerRecord) => {
    answerAudioFile(answer.id).then(
      ({ blob, fileName }) => {
        downloadBlob(fileName, blob);
      },
      (error: unknown) => {
        setAction(`The recording could not be downloaded: ${errorMessage(error)}`);
      },
    );
  };

  return (
    <article className="review">
      <p className="back">
        <a href={historyHref}>← History</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Review: <span lang={session.script.language}>{title}</span>
      </h1>
      <p>
        {formatDateTime(session.startedAt)} · {sessionStatusLabel(session.status)} · {answers.length} answers
        · {formatClock(timeline.totals.actualMs)} of {formatClock(timeline.totals.plannedMs)} planned
        {timeline.totals.overtimeMs > 0 ? ` · ${formatClock(timeline.totals.overtimeMs)} over time` : ''}
      </p>
      {overall.answersTimed > 0 && (
        <p>
          Think time {overall.meanThinkTimeMs === undefined ? '—' : formatClock(overall.meanThinkTimeMs)} on
          average · talking{' '}
          {overall.talkRatio === undefined ? '—' : `${Math.round(overall.talkRatio * 100)}%`} of the time ·{' '}
          {overall.pauseCount} pause{overall.pauseCount === 1 ? '' : 's'} over 2 s
          {overall.pauseCount > 0 ? ` (longest ${(overall.longestPauseMs / 1000).toFixed(1)} s)` : ''} ·{' '}
          {overall.answersOnTarget} of {overall.answersTimed} answers on target
        </p>
      )}
      {figures !== undefined && figures.answers > 0 && <InterviewFiguresLine figures={figures} />}
      <div className="actions">
        <button type="button" className="button" onClick={exportInterview}>
          Export this interview
        </button>
        <a className="button" href={progressHref(session.scriptId)}>
          Progress on this script
        </a>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            setConfirmingDelete(true);
          }}
        >
          Delete this interview
        </button>
      </div>
      <p className="hint" role="status">
        {action}
      </p>
      <TimelineChart
        caption="The interview against its plan"
        rows={timeline.turns.map((turn) => ({
          key: String(turn.turnIndex),
          label: turn.label,
          plannedMs: turn.plannedMs,
          actualMs: turn.skipped ? undefined : turn.actualMs,
          overtimeMs: turn.overtimeMs,
        }))}
      />
      <InterviewerDecisions
        plan={session.plan}
        decisions={decisionsOf(session)}
        durationSeconds={session.script.durationSeconds}
      />
      <section aria-labelledby="self-assessment">
        <h2 id="self-assessment">How did it go?</h2>
        <Checklist
          legend="The self-practice checklist"
          items={selfPracticeChecklist}
          checked={sessionAssessment.covered}
          onToggle={(item) => {
            void toggleSessionCovered(session.id, item);
          }}
        />
        <NotesField
          label="Notes on the whole interview"
          value={sessionAssessment.notes}
          onSave={(notes) => setSessionNotes(session.id, notes)}
        />
      </section>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Your answers</h2>
        {answers.length === 0 && <p>No answer was recorded in this interview.</p>}
        {answers.map((answer) => {
          const assessment = answerAssessments.get(answer.id);
          return (
            assessment && (
              <AnswerReview
                key={answer.id}
                session={session}
                answer={answer}
                assessment={assessment}
                insights={insights.get(answer.id)}
                transcription={transcription}
                analysed={analysed?.get(answer.id)}
                {...(moment?.answerId === answer.id ? { openAt: moment.atMs } : {})}
                onDownload={download}
              />
            )
          );
        })}
      </section>
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete this interview?"
        confirmLabel="Delete"
        onConfirm={() => {
          setConfirmingDelete(false);
          deleteSession(session.id).then(
            () => {
              onDeleted(title);
            },
            (error: unknown) => {
              setAction(`The interview could not be deleted: ${errorMessage(error)}`);
            },
          );
        }}
        onCancel={() => {
          setConfirmingDelete(false);
        }}
      >
        <p>Its recordings, notes and ratings are deleted from this device. This cannot be undone.</p>
      </ConfirmDialog>
    </article>
  );
}
