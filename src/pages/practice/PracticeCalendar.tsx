import { calendarWeeks } from '../../practice/calendar.ts';
import { isoDate } from '../../practice/days.ts';
import type { PracticeOverview } from '../../practice/overview.ts';

/** Six weeks show a month of practice and the run-up to it. */
const weeksShown = 6;
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The days practised over the last weeks, today and the interview day marked. */
export function PracticeCalendar({ overview }: { readonly overview: PracticeOverview }) {
  const { today, interviewDay, calendar } = overview;
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Days practised</h2>
      <p className="hint">
        {calendar.days.size === 0
          ? 'No practice yet: every interview you do counts, here or from the library.'
          : `${String(calendar.days.size)} days practised in all; ${String(calendar.streak)} in a row.`}
      </p>
      <table className="practice-calendar">
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th key={weekday} scope="col">
                {weekday}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendarWeeks(today, weeksShown).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const practised = calendar.days.has(day);
                const label = [
                  isoDate(day),
                  practised ? 'practised' : undefined,
                  day === today ? 'today' : undefined,
                  day === interviewDay ? 'interview' : undefined,
                ]
                  .filter((part) => part !== undefined)
                  .join(', ');
                return (
                  <td
                    key={day}
                    className={[
                      practised ? 'practised' : '',
                      day === today ? 'is-today' : '',
                      day === interviewDay ? 'interview-day' : '',
                    ].join(' ')}
                    aria-label={label}
                    title={label}
                    data-day={isoDate(day)}
                  >
                    {isoDate(day).slice(8)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
