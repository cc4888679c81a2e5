import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatClock } from '../../interview/format-clock.ts';
import { loadAnswerAudio } from '../../store/answer-audio.ts';
import type { Attempt } from '../../store/progress.ts';
import { useAttempts } from '../../store/use-attempts.ts';
import { useScript } from '../../store/use-script.ts';
import { AnswerPlayer } from '../../ui/player/AnswerPlayer.tsx';
import { InsightsList } from '../review/InsightsList.tsx';
import { drillHref, historyOfScriptHref } from '../routes.ts';
import { questionRef, type PracticeItemRef } from '../../practice/item.ts';
import { AttemptChart } from './AttemptChart.tsx';
import { attemptFigures, attemptInsights } from '../../review/session-analysis.ts';
import { paceBands } from '../../analysis/pace.ts';
import type { AnswerFigures } from '../../analysis/answer-figures.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';

interface ProgressPageProps {
  readonly scriptId: string;
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const noRegions = [] as const;

/** Per question of a script: every attempt's length against its target, think time and rating, and two side by side. */
export function ProgressPage({ scriptId }: ProgressPageProps) {
  const progress = useAttempts(scriptId);
  // The script as the library has it now, for question titles; absent when it was deleted. The page shows
  // only while the database is open.
  const found = useScript('open', undefined, scriptId);
  const script = found.status === 'ready' ? found.entry.script : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const title = script?.title ?? scriptId;
  return (
    <article className="progress">
      <p className="back">
        <a href={historyOfScriptHref(scriptId)}>← Interviews of this script</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Progress: {title}
      </h1>
      {progress.status === 'loading' && <p className="loading">Loading your attempts…</p>}
      {progress.status === 'error' && <LoadFailure message={progress.message} onRetry={progress.retry} />}
      {progress.status === 'ready' && progress.questions.length === 0 && (
        <p>No answers to this script's questions yet. Practise it, and every attempt shows here.</p>
      )}
      {progress.status === 'ready' &&
        progress.questions.map(({ questionIndex, attempts }) => (
          <QuestionProgress
            key={questionIndex}
            title={script?.questions[questionIndex]?.title ?? `Question ${questionIndex + 1}`}
            drill={
              found.status === 'ready'
                ? questionRef({ scriptSource: found.entry.source, script: found.entry.script }, questionIndex)
                : undefined
            }
            attempts={attempts}
          />
        ))}
    </article>
  );
}

function QuestionProgress({
  title,
  drill,
  attempts,
}: {
  readonly title: string;
  /** The question as a practice item, while the library still has it. */
  readonly drill: PracticeItemRef | undefined;
  readonly attempts: readonly Attempt[];
}) {
  const insights = useMemo(() => attempts.map(attemptInsights), [attempts]);
  const figures = useMemo(() => attempts.map(attemptFigures), [attempts]);
  /** One chart point per attempt from its figures; a gap where it has none. */
  const perAttempt = (value: (one: AnswerFigures) => number | undefined) =>
    attempts.map((a, index) => {
      const one = figures[index];
      return { key: a.answerId, value: one && value(one) };
    });
  const language = attempts.find((attempt) => attempt.transcript !== undefined)?.transcript?.language;
  const [compared, setCompared] = useState<readonly string[]>(() =>
    attempts.slice(-2).map((a) => a.answerId),
  );
  const last = attempts.at(-1);
  const band =
    last === undefined
      ? undefined
      : last.budget.kind === 'window'
        ? { low: last.budget.minSeconds * 1000, high: last.budget.maxSeconds * 1000 }
        : { low: 0, high: last.budget.seconds * 1000 };
  const headingId = `progress-${title}`;
  return (
    <section className="question-progress" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        {attempts.length} attempt{attempts.length === 1 ? '' : 's'}
        {drill !== undefined && (
          <>
            {' · '}
            <a href={drillHref(drill)}>Drill this question</a>
          </>
        )}
      </p>
      <div className="attempt-charts">
        <AttemptChart
          label="Length against the target"
          points={attempts.map((a) => ({ key: a.answerId, value: a.durationMs }))}
          format={formatClock}
          {...(band ? { band } : {})}
        />
        <AttemptChart
          label="Think time"
          points={attempts.map((a, index) => ({ key: a.answerId, value: insights[index]?.thinkTimeMs }))}
          format={formatClock}
        />
        <AttemptChart
          label="Your rating"
          points={attempts.map((a) => ({ key: a.answerId, value: a.rating }))}
          format={(value) => `${value} of 5`}
          max={5}
        />
        {language !== undefined && (
          <>
            {figures.some((one) => one !== undefined && one.items > 0) && (
              <AttemptChart
                label="Checklist covered"
                points={perAttempt((one) => (one.items > 0 ? (one.covered / one.items) * 100 : undefined))}
                format={(value) => `${Math.round(value)} %`}
                max={100}
              />
            )}
            <AttemptChart
              label="Words a minute"
              points={perAttempt((one) => one.wordsPerMinute)}
              format={(value) => String(Math.round(value))}
              band={{ low: paceBands[language].min, high: paceBands[language].max }}
            />
            <AttemptChart
              label="Fillers per 100 words"
              points={perAttempt((one) => (one.words > 0 ? (one.fillers / one.words) * 100 : undefined))}
              format={(value) => value.toFixed(1)}
            />
          </>
        )}
      </div>
      <fieldset className="compare-choice">
        <legend>Compare two attempts</legend>
        {attempts.map((attempt) => (
          <label key={attempt.answerId} className="checklist-item">
            <input
              type="checkbox"
              checked={compared.includes(attempt.answerId)}
              onChange={() => {
                setCompared((current) =>
                  current.includes(attempt.answerId)
                    ? current.filter((id) => id !== attempt.answerId)
                    : [...current, attempt.answerId].slice(-2),
                );
              }}
            />
            {dateFormat.format(attempt.startedAt)} · {formatClock(attempt.durationMs)}
            {attempt.rating === undefined ? '' : ` · rated ${attempt.rating}`}
          </label>
        ))}
      </fieldset>
      <div className="compare">
        {attempts
          .filter((attempt) => compared.includes(attempt.answerId))
          .map((attempt) => (
            <ComparedAttempt key={attempt.answerId} attempt={attempt} />
          ))}
      </div>
    </section>
  );
}

function ComparedAttempt({ attempt }: { readonly attempt: Attempt }) {
  const loadAudio = useCallback(
    async () => (await loadAnswerAudio(attempt.answerId)).blob,
    [attempt.answerId],
  );
  const insights = useMemo(() => attemptInsights(attempt), [attempt]);
  const when = dateFormat.format(attempt.startedAt);
  return (
    <div className="compared">
      <h3>{when}</h3>
      {attempt.peaks === undefined ? (
        <p className="hint">This recording did not finish.</p>
      ) : (
        <AnswerPlayer
          answerId={attempt.answerId}
          peaks={attempt.peaks}
          durationMs={attempt.durationMs}
          loadAudio={loadAudio}
          regions={noRegions}
          label={`Attempt of ${when}`}
        />
      )}
      {insights && <InsightsList insights={insights} />}
    </div>
  );
}
