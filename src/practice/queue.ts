import type { Day } from './days.ts';
import type { ItemSchedule } from './schedule.ts';

/** New questions a day when no interview date sets the pace: a handful, so reviews never pile up. */
export const newPerDayWithoutDate = 3;

/** The days before an interview kept for questions already started: new ones come before them. */
export const reviewOnlyDays = 4;

/** What to practise today, in order: the items due, then the new ones today has room for. */
export interface TodaysQueue {
  readonly items: readonly ItemSchedule[];
  /** Items due before today and not practised since: missed days. */
  readonly overdue: number;
  /** Items never practised that are left for later days. */
  readonly newLater: number;
}

/**
 * Today's practice. Due items come first, the longest overdue first and, on the same day, the weakest (lowest
 * retrievability) first. New items follow in script order: without an interview date a few a day; with one,
 * enough a day to have tried them all before the last few days; after it, a few a day again. New items already started today count.
 */
export function todaysQueue(schedules: readonly ItemSchedule[], today: Day, interviewDay?: Day): TodaysQueue {
  const due = schedules
    .filter((item) => item.attempts > 0 && item.dueDay <= today)
    .sort((a, b) => a.dueDay - b.dueDay || (a.retrievability ?? 0) - (b.retrievability ?? 0));
  const unseen = schedules.filter((item) => item.attempts === 0);
  const startedToday = schedules.filter((item) => item.firstDay === today).length;
  // Days left to practise, today included; once the interview is past, the everyday pace again. New questions
  // are all started before the last few days, so each comes back at least twice (see beforeInterview).
  const daysLeft = interviewDay === undefined ? 0 : interviewDay - today;
  const startingDays = Math.max(1, daysLeft - reviewOnlyDays);
  const perDay =
    daysLeft <= 0 ? newPerDayWithoutDate : Math.ceil((unseen.length + startedToday) / startingDays);
  const fresh = unseen.slice(0, Math.max(0, perDay - startedToday));
  return {
    items: [...due, ...fresh],
    overdue: due.filter((item) => item.dueDay < today).length,
    newLater: unseen.length - fresh.length,
  };
}
