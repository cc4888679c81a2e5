import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { dayOf, type Day } from './days.ts';
import type { PracticeGrade } from './grade.ts';

/** One graded attempt at an item, in the order they happened. */
export interface GradedAttempt {
  readonly key: string;
  readonly at: number;
  readonly grade: PracticeGrade;
}

/** Where an item stands: when it is due, and how well it is held. */
export interface ItemSchedule {
  readonly key: string;
  readonly attempts: number;
  /** The day it was first practised; absent for an item never practised. */
  readonly firstDay?: Day;
  readonly lastAt?: number;
  readonly lastGrade?: PracticeGrade;
  /** The day it is due; an item never practised is due today. */
  readonly dueDay: Day;
  /** FSRS's estimate that the answer would come easily today, 0–1; absent for an item never practised. */
  readonly retrievability?: number;
}

const ratings: Readonly<Record<PracticeGrade, Grade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/**
 * FSRS with whole-day intervals and no fuzz: a spoken answer is rehearsed again on another day, never in ten
 * minutes, and the same history must always give the same plan (the schedule is recomputed, not stored).
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

/**
 * The schedule of every item, replayed from its graded attempts. It is derived, never stored: a rating changed
 * later, an interview deleted or a backup restored gives the schedule that history implies. With an interview
 * day, no item is left due after the day before it (see `beforeInterview`).
 */
export function scheduleItems(
  keys: readonly string[],
  attempts: readonly GradedAttempt[],
  now: number,
  interviewDay?: Day,
): ItemSchedule[] {
  const byKey = new Map<string, GradedAttempt[]>();
  for (const attempt of [...attempts].sort((a, b) => a.at - b.at)) {
    const ofItem = byKey.get(attempt.key);
    if (ofItem) ofItem.push(attempt);
    else byKey.set(attempt.key, [attempt]);
  }
  const today = dayOf(now);
  return keys.map((key) => {
    const history = byKey.get(key) ?? [];
    const first = history[0];
    const last = history.at(-1);
    if (first === undefined || last === undefined) return { key, attempts: 0, dueDay: today };
    let card: Card = createEmptyCard(new Date(first.at));
    for (const attempt of history)
      card = scheduler.next(card, new Date(attempt.at), ratings[attempt.grade]).card;
    const lastDay = dayOf(last.at);
    return {
      key,
      attempts: history.length,
      firstDay: dayOf(first.at),
      lastAt: last.at,
      lastGrade: last.grade,
      dueDay: beforeInterview(dayOf(card.due.getTime()), lastDay, interviewDay),
      retrievability: scheduler.get_retrievability(card, new Date(now), false),
    };
  });
}

/**
 * Compresses a due day to fit before the interview. An item FSRS would bring back after the last day before
 * the interview comes back halfway there instead (at least a day later), so each later attempt halves the
 * gap and every item is rehearsed once more close to the day. After the interview, FSRS plans alone again.
 */
export function beforeInterview(dueDay: Day, practisedDay: Day, interviewDay: Day | undefined): Day {
  if (interviewDay === undefined) return dueDay;
  const lastDay = interviewDay - 1;
  if (practisedDay >= lastDay || dueDay <= lastDay) return dueDay;
  return Math.min(lastDay, practisedDay + Math.max(1, Math.ceil((lastDay - practisedDay) / 2)));
}
