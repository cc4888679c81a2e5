import { isoDate, type Day } from '../../practice/days.ts';
import type { PracticeGrade } from '../../practice/grade.ts';

const dateFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** A day as people say it: "today", "tomorrow", "in 3 days" for the next week, else "Mon, 14 Dec". */
export function dayText(day: Day, today: Day): string {
  const ahead = day - today;
  if (ahead < 0) return ahead === -1 ? 'yesterday' : `${String(-ahead)} days ago`;
  if (ahead === 0) return 'today';
  if (ahead === 1) return 'tomorrow';
  if (ahead < 7) return `in ${String(ahead)} days`;
  return dateFormat.format(new Date(`${isoDate(day)}T00:00:00Z`));
}

export const gradeLabels: Readonly<Record<PracticeGrade, string>> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/** "~18 min": today's practice is planned answer time, so it is never shown more exactly than a minute. */
export function minutesText(seconds: number): string {
  return `~${String(Math.max(1, Math.round(seconds / 60)))} min`;
}
