import type { Day } from './days.ts';

/** The days practised, and the run of consecutive days up to today. */
export interface PracticeCalendar {
  readonly days: ReadonlySet<Day>;
  /**
   * Consecutive days practised, ending today, or yesterday when today has not been practised yet: a streak
   * is not broken before the day is over.
   */
  readonly streak: number;
}

export function practiceCalendar(practisedDays: Iterable<Day>, today: Day): PracticeCalendar {
  const days = new Set(practisedDays);
  let day = days.has(today) ? today : today - 1;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= 1;
  }
  return { days, streak };
}

/** The weeks shown in the calendar: the last `weeks` weeks, Monday first, ending with today's week. */
export function calendarWeeks(today: Day, weeks: number): Day[][] {
  // Day 0 (1 January 1970) was a Thursday: Monday is 3 days before a multiple of 7.
  const monday = today - ((today + 3) % 7);
  return Array.from({ length: weeks }, (_, week) =>
    Array.from({ length: 7 }, (__, weekday) => monday - (weeks - 1 - week) * 7 + weekday),
  );
}
