import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnswerInsights } from '../../insights/answer-insights.ts';
import { sectionTimings } from '../../insights/section-timing.ts';
import { formatClock } from '../../interview/format-clock.ts';
import { phaseLabel } from '../../interview/phase-label.ts';
import { loadAnswerAudio } from '../../store/answer-audio.ts';
import {
  addPinnedNote,
  removePinnedNote,
  setAnswerNotes,
  setAnswerRating,
  setCovered,
  type AnswerAssessment,
} from '../../store/assessments.ts';
import type { AnswerRecord, SessionRecord } from '../../store/database.ts';
import { AnswerPlayer } from '../../ui/player/AnswerPlayer.tsx';
import { TextList } from '../plan/TextList.tsx';
import { CoverageChecklist } from './CoverageChecklist.tsx';
import { AnswerFeedback } from './AnswerFeedback.tsx';
import { SpeechDetails } from './SpeechDetails.tsx';
import { KeyTermsHeard } from './KeyTermsHeard.tsx';
import { feedbackOf } from '../../analysis/answer-feedback.ts';
import { answerRegions } from '../../review/answer-regions.ts';
import { checklistOf, promptOf } from '../../review/answer-script.ts';
import type { RecordedAnswerAnalysis } from '../../review/recorded-answer-analysis.ts';
import { InsightsList } from './InsightsList.tsx';
import { NotesField } from './NotesField.tsx';
import { PinnedNotes } from './PinnedNotes.tsx';
import { RatingInput } from './RatingInput.tsx';
import { errorMessage } from '../../error-message.ts';
import type { SessionTranscription } from '../../transcription/use-session-transcription.ts';
import { TranscriptPanel } from './TranscriptPanel.tsx';
import { answerFileName } from '../../backup/file-names.ts';
import { wordAt } from '../../transcription/transcript-files.ts';
import { questionRef } from '../../practice/item.ts';
import { drillHref } from '../routes.ts';

interface AnswerReviewProps {
  readonly session: SessionRecord;
  readonly answer: AnswerRecord;
  readonly assessment: AnswerAssessment;
  /** What the audio says about it; absent when its recording did not finish. */
  readonly insights: AnswerInsights | undefined;
  readonly transcription: SessionTranscription;
  /** What its transcript says, with the candidate's verdicts; absent until it is transcribed. */
  readonly analysed: RecordedAnswerAnalysis | undefined;
  readonly onDownload: (answer: AnswerRecord) => void;
  /** A moment to open the answer at: it is scrolled to and its replay moved there. */
  readonly openAt?: number;
}

/** One answer: the prompt, the replay, what the audio says, the sections, and the candidate's own assessment. */
export function AnswerReview({
  session,
  answer,
  assessment,
  insights,
  transcription,
  analysed,
  onDownload,
  openAt,
}: AnswerReviewProps) {
  const [pinningAt, setPinningAt] = useState<number | undefined>(undefined);
  const [seekRequest, setSeekRequest] = useState<{ readonly atMs: number } | undefined>(
    openAt === undefined ? undefined : { atMs: openAt },
  );
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened at a moment: bring the answer into view and to the keyboard, after the page's own focus.
  useEffect(() => {
    if (openAt === undefined) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [openAt]);
  const [playingWord, setPlayingWord] = useState(-1);
  const transcript = transcription.transcripts.get(answer.id);
  // Only the word's index is state: the position moves many times a second, the word far less often.
  const onTime = useCallback(
    (ms: number) => {
      setPlayingWord(transcript === undefined ? -1 : wordAt(transcript.words, ms));
    },
    [transcript],
  );
  const [rated, setRated] = useState('');
  const { script, plan } = session;
  const label = phaseLabel(answer.turn, plan.questionCount);
  const headingId = `answer-${answer.id}`;
  const audio = answer.audio;
  const sections = useMemo(
    () =>
      answer.turn.sections.length === 0 || audio === undefined
        ? []
        : sectionTimings(answer.turn.sections, answer.timing?.sectionMarks ?? [], audio.durationMs),
    [answer.turn.sections, answer.timing, audio],
  );
  const checklist = useMemo(() => checklistOf(script, answer), [script, answer]);
  const { analysis, verdicts } = analysed ?? {};
  const regions = useMemo(
    () =>
      answerRegions({
        sections: answer.turn.sections,
        sectionMarks: answer.timing?.sectionMarks ?? [],
        insights,
        pins: assessment.pins,
        analysis,
      }),
    [answer.timing, answer.turn.sections, insights, assessment.pins, analysis],
  );
  const seek = useCallback((atMs: number) => {
    setSeekRequest({ atMs });
  }, []);
  const loadAudio = useCallback(async () => (await loadAnswerAudio(answer.id)).blob, [answer.id]);
  const prompt = promptOf(script, answer);
  const { phase, questionIndex } = answer.turn;
  const drill =
    phase === 'question' && questionIndex !== undefined ? questionRef(session, questionIndex) : undefined;

  return (
    <section className="answer-review" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {label}
        {answer.timing?.endedBy === 'skip' ? ' (skipped)' : ''}
        {answer.timing?.endedBy === 'interrupted' ? ' (interrupted)' : ''}
      </h3>
      {answer.timing?.endedBy === 'interrupted' && audio !== undefined && (
        <p className="hint">
          The interview stopped during this answer (the browser or tab closed, or the page was left): here is
          everything recorded up to then.
        </p>
      )}
      <blockquote className="caption" lang={answer.turn.language}>
        {answer.turn.text}
      </blockquote>
      {drill !== undefined && (
        <p>
          <a href={drillHref(drill)}>Drill this question</a>{' '}
          <span className="hint">: a short session of it alone, counted in your practice plan.</span>
        </p>
      )}
      {audio === undefined ? (
        <p className="hint">
          {answer.timing?.endedBy === 'interrupted'
            ? 'Nothing of this answer had been recorded when the interview stopped.'
            : 'This recording did not finish, so it cannot be replayed here yet.'}
        </p>
      ) : (
        <>
          <AnswerPlayer
            answerId={answer.id}
            peaks={audio.peaks}
            durationMs={audio.durationMs}
            loadAudio={loadAudio}
            regions={regions}
            onPin={setPinningAt}
            seekRequest={seekRequest}
            onTime={onTime}
            label={`Your answer: ${label}`}
          />
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              onDownload(answer);
            }}
          >
            Download the recording
          </button>
        </>
      )}
      <TranscriptPanel
        transcript={transcript}
        playingWord={playingWord}
        status={transcription.statuses.get(answer.id)}
        notTranscribed={transcription.notTranscribed(answer)}
        transcriber={transcription.transcriber(answer)}
        language={answer.turn.language}
        label={label}
        onSeek={seek}
        onRetry={transcription.retry}
        onTranscribeAgain={() => {
          transcription.transcribeAgain(answer.id);
        }}
        fileName={(extension) => answerFileName(session, answer, extension)}
      />
      {analysis && verdicts && (
        <>
          <AnswerFeedback points={feedbackOf(analysis, verdicts)} onSeek={seek} />
          <SpeechDetails analysis={analysis} onSeek={seek} />
        </>
      )}
      <PinnedNotes
        pins={assessment.pins}
        pinningAt={pinningAt}
        onSave={async (atMs, text) => {
          await addPinnedNote(answer.id, session.id, atMs, text);
          setPinningAt(undefined);
        }}
        onCancel={() => {
          setPinningAt(undefined);
        }}
        onRemove={(pinId) => removePinnedNote(answer.id, pinId)}
      />
      {insights && <InsightsList insights={insights} />}
      {sections.length > 0 && (
        <table className="summary-table">
          <caption>Sections: planned and actual</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section) => (
              <tr key={section.title} className={section.overMs > 0 ? 'timeline-over' : undefined}>
                <th scope="row">{section.title}</th>
                <td>{formatClock(section.plannedMs)}</td>
                <td>{section.actualMs === undefined ? 'not reached' : formatClock(section.actualMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RatingInput
        legend="How did this answer go?"
        value={assessment.rating}
        onChange={(rating) => {
          setAnswerRating(answer.id, session.id, rating).then(
            () => {
              setRated('Rating saved.');
            },
            (error: unknown) => {
              setRated(`The rating could not be saved: ${errorMessage(error)}`);
            },
          );
        }}
      />
      <p className="hint" role="status">
        {rated}
      </p>
      <CoverageChecklist
        items={checklist}
        verdicts={verdicts}
        ticked={assessment.covered}
        lang={script.language}
        onSet={(item, covered) => {
          void setCovered(answer.id, session.id, item, covered);
        }}
        onSeek={seek}
      />
      {analysis && <KeyTermsHeard terms={analysis.keyTerms} lang={answer.turn.language} onSeek={seek} />}
      <NotesField
        label="Notes on this answer"
        value={assessment.notes}
        onSave={(notes) => setAnswerNotes(answer.id, session.id, notes)}
      />
      {prompt && (prompt.modelAnswer !== undefined || prompt.hints.length > 0) && (
        <details className="reveal">
          <summary>Model answer and hints</summary>
          <TextList
            heading={<h4>Hints</h4>}
            items={prompt.hints}
            language={prompt.language ?? script.language}
          />
          {prompt.modelAnswer !== undefined && (
            <>
              <h4>Model answer</h4>
              <p className="model-answer" lang={prompt.language ?? script.language}>
                {prompt.modelAnswer}
              </p>
            </>
          )}
        </details>
      )}
    </section>
  );
}
