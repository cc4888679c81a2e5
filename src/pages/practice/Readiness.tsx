import { useMemo } from 'react';
import { targetVerdict } from '../../insights/target.ts';
import type { GradedPracticeAttempt, PracticeItem, PracticeOverview } from '../../practice/overview.ts';
import { attemptFigures } from '../../review/session-analysis.ts';
import { drillHref } from '../routes.ts';
import { dayText, gradeLabels } from './practice-text.ts';

/** The last attempts shown per question: enough for a trend, few enough to read in a row. */
const attemptsShown = 3;

const timingText = {
  short: 'short',
  'on-target': 'on time',
  'within-limit': 'on time',
  long: 'over time',
  'over-limit': 'over time',
} as const;

/** Per area (script) and per question: the last attempts, what graded them, and when the question is due. */
export function Readiness({ overview }: { readonly overview: PracticeOverview }) {
  // Each shown attempt's figures come from the analysis of its words: worked out once per overview, not per render.
  const shown = useMemo(
    () =>
      new Map(
        overview.items.flatMap((item) =>
          item.attempts
            .slice(-attemptsShown)
            .map((attempt) => [attempt.attempt.answerId, attemptText(attempt)] as const),
        ),
      ),
    [overview],
  );
  const queued = new Set(overview.queue.map((item) => item.schedule.key));
  const areas = new Map<string, PracticeItem[]>();
  for (const item of overview.items)
    areas.set(item.ref.scriptKey, [...(areas.get(item.ref.scriptKey) ?? []), item]);
  return (
    <section aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness</h2>
      {[...areas].map(([key, items]) => {
        const practised = items.filter((item) => item.schedule.attempts > 0).length;
        const title = items[0]?.script.title ?? key;
        return (
          <section key={key} className="readiness-area" aria-label={title}>
            <h3>
              {title}{' '}
              <span className="hint">
                {practised} of {items.length} questions practised
              </span>
            </h3>
            <table className="summary-table readiness">
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Last attempts, the latest last</th>
                  <th scope="col">Next</th>
                  <th scope="col">Practise</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.schedule.key}>
                    <th scope="row">{item.question.title}</th>
                    <td>
                      {item.attempts.length === 0 ? (
                        <span className="hint">not practised yet</span>
                      ) : (
                        <ol className="attempt-trend">
                          {item.attempts.slice(-attemptsShown).map((attempt) => (
                            <li key={attempt.attempt.answerId}>{shown.get(attempt.attempt.answerId)}</li>
                          ))}
                        </ol>
                      )}
                    </td>
                    <td>
                      {item.schedule.attempts === 0 && !queued.has(item.schedule.key)
                        ? 'a later day'
                        : dayText(Math.max(item.schedule.dueDay, overview.today), overview.today)}
                    </td>
                    <td>
                      <a href={drillHref(item.ref)} aria-label={`Drill “${item.question.title}”`}>
                        Drill
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </section>
  );
}

/** "Hard: over time · 3/5 points · 4.2 fillers per 100 words · 151 wpm (rated 3)". */
function attemptText({ attempt, graded }: GradedPracticeAttempt): string {
  const timing = timingText[targetVerdict(attempt.budget, attempt.durationMs, false).verdict];
  const figures = attemptFigures(attempt);
  const parts = [
    timing,
    figures && figures.items > 0 ? `${String(figures.covered)}/${String(figures.items)} points` : undefined,
    figures && figures.words > 0
      ? `${((figures.fillers / figures.words) * 100).toFixed(1)} fillers per 100 words`
      : undefined,
    figures?.wordsPerMinute === undefined ? undefined : `${String(Math.round(figures.wordsPerMinute))} wpm`,
    attempt.rating === undefined ? undefined : `rated ${String(attempt.rating)}`,
  ].filter((part) => part !== undefined);
  return `${gradeLabels[graded.grade]}: ${parts.join(' · ')}`;
}
