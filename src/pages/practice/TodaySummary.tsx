import type { PracticeOverview } from '../../practice/overview.ts';
import { practiceSessionHref } from '../routes.ts';
import { dayText, minutesText } from './practice-text.ts';

interface TodaySummaryProps {
  readonly overview: PracticeOverview;
  /** Lists today's questions under the summary (the practice page); the library shows the line alone. */
  readonly listed: boolean;
}

/** "Today: 6 questions, ~18 min", the way to start them, and what the interview date means for today. */
export function TodaySummary({ overview, listed }: TodaySummaryProps) {
  const { queue, queueSeconds, overdue, newLater, interviewDay, today, calendar } = overview;
  const countdown =
    interviewDay === undefined
      ? undefined
      : interviewDay > today
        ? `Interview ${dayText(interviewDay, today)}.`
        : interviewDay === today
          ? 'Interview today: good luck.'
          : undefined;
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">
        {queue.length === 0
          ? 'Today: nothing due'
          : `Today: ${queue.length === 1 ? 'one question' : `${String(queue.length)} questions`}, ${minutesText(queueSeconds)}`}
      </h2>
      <p className="hint">
        {[
          countdown,
          overdue > 0 ? `${String(overdue)} of them left from days missed.` : undefined,
          newLater === 1
            ? 'One new question waits for a later day.'
            : newLater > 1
              ? `${String(newLater)} new questions wait for later days.`
              : undefined,
          calendar.streak > 0
            ? `Practised ${calendar.streak === 1 ? '1 day' : `${String(calendar.streak)} days`} in a row.`
            : undefined,
        ]
          .filter((part) => part !== undefined)
          .join(' ')}
      </p>
      {listed && queue.length > 0 && (
        <ol className="today-list">
          {queue.map((item) => (
            <li key={item.schedule.key}>
              {item.question.title} <span className="hint">({item.script.title})</span>
            </li>
          ))}
        </ol>
      )}
      {queue.length > 0 && (
        <a className="button button-primary" href={practiceSessionHref}>
          Practise now
        </a>
      )}
    </section>
  );
}
