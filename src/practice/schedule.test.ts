import { describe, expect, it } from 'vitest';
import { calendarWeeks, practiceCalendar } from './calendar.ts';
import { dayOf, dayOfIsoDate, isoDate, startOfDay, type Day } from './days.ts';
import type { PracticeGrade } from './grade.ts';
import { todaysQueue } from './queue.ts';
import { beforeInterview, scheduleItems, type GradedAttempt } from './schedule.ts';

const firstDay = dayOfIsoDate('2026-12-01') ?? 0;
const keys = Array.from({ length: 10 }, (_, index) => `q${String(index)}`);
/** Ten in the morning of a day of the simulation. */
const morning = (day: Day) => startOfDay(firstDay + day) + 10 * 3_600_000;

/** A candidate for whom q0 never comes easily and every other question goes well. */
const candidate = (key: string): PracticeGrade => (key === 'q0' ? 'again' : 'good');

/** Practises every day of `days` that is not missed: each day's whole queue, graded by the candidate. */
function simulate(days: number, options: { interviewDay?: Day; missed?: (day: number) => boolean } = {}) {
  const history: GradedAttempt[] = [];
  const practised = new Map<string, number[]>(keys.map((key) => [key, []]));
  for (let day = 0; day < days; day += 1) {
    if (options.missed?.(day)) continue;
    const now = morning(day);
    const schedules = scheduleItems(keys, history, now, options.interviewDay);
    for (const item of todaysQueue(schedules, dayOf(now), options.interviewDay).items) {
      history.push({ key: item.key, at: now, grade: candidate(item.key) });
      practised.get(item.key)?.push(day);
    }
  }
  return { history, practised };
}

describe('a simulated month of practice', () => {
  it('without a date: three new questions a day, the weak one daily, the strong ones ever further apart', () => {
    const { practised } = simulate(30);
    const firsts = keys.map((key) => practised.get(key)?.[0]);
    expect(firsts).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
    const weak = practised.get('q0') ?? [];
    expect(weak).toHaveLength(30);
    const strong = practised.get('q1') ?? [];
    const gaps = strong.slice(1).map((day, index) => day - (strong[index] ?? 0));
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    expect(gaps.every((gap, index) => index === 0 || gap >= (gaps[index - 1] ?? 0))).toBe(true);
    expect(gaps.at(-1)).toBeGreaterThan(gaps[0] ?? 0);
  });

  it('with an interview on day 14: every question tried by then, and every one practised the day before', () => {
    const interviewDay = firstDay + 14;
    const { practised } = simulate(14, { interviewDay });
    for (const key of keys) {
      const days = practised.get(key) ?? [];
      expect(days.length, key).toBeGreaterThanOrEqual(2);
      expect(days.at(-1), key).toBe(13);
    }
    // New questions are spread over the days before the last four, not all started on day 0.
    expect(keys.map((key) => practised.get(key)?.[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('after missed days, the overdue questions come first, the longest overdue first', () => {
    const missed = (day: number) => day >= 5 && day < 12;
    const { history } = simulate(12, { missed });
    const now = morning(12);
    const schedules = scheduleItems(keys, history, now);
    const queue = todaysQueue(schedules, dayOf(now));
    expect(queue.overdue).toBeGreaterThan(0);
    const dues = queue.items.filter((item) => item.attempts > 0).map((item) => item.dueDay);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(queue.items[0]?.key).toBe('q0');
  });

  it('replays the same history to the same schedule, in any order of the attempts', () => {
    const { history } = simulate(20);
    const now = morning(20);
    expect(scheduleItems(keys, [...history].reverse(), now)).toEqual(scheduleItems(keys, history, now));
  });
});

describe('beforeInterview', () => {
  it.each([
    ['no interview date', 40, 1, undefined, 40],
    ['due before the last day', 5, 1, 14, 5],
    ['halfway to the day before', 40, 1, 14, 7],
    ['at least a day later', 40, 12, 14, 13],
    ['on the last day itself FSRS plans alone', 40, 13, 14, 40],
    ['after the interview FSRS plans alone', 40, 20, 14, 40],
  ])('%s', (_, due, practisedDay, interviewDay, expected) => {
    expect(beforeInterview(due, practisedDay, interviewDay)).toBe(expected);
  });
});

describe('todaysQueue', () => {
  const today = firstDay + 3;
  const item = (key: string, dueDay: Day, retrievability: number) => ({
    key,
    attempts: 1,
    firstDay: firstDay,
    dueDay,
    retrievability,
  });

  it('puts due items first, weakest first on the same day, then the new ones in order', () => {
    const queue = todaysQueue(
      [
        item('a', today, 0.9),
        item('b', today, 0.5),
        item('c', today - 2, 0.95),
        item('later', today + 1, 0.1),
        ...['n1', 'n2', 'n3', 'n4'].map((key) => ({ key, attempts: 0, dueDay: today })),
      ],
      today,
    );
    expect(queue.items.map((one) => one.key)).toEqual(['c', 'b', 'a', 'n1', 'n2', 'n3']);
    expect(queue.overdue).toBe(1);
    expect(queue.newLater).toBe(1);
  });

  it('counts the new questions started today against the day’s share', () => {
    const startedToday = { key: 's', attempts: 1, firstDay: today, dueDay: today + 1, retrievability: 1 };
    const unseen = ['n1', 'n2', 'n3'].map((key) => ({ key, attempts: 0, dueDay: today }));
    expect(todaysQueue([startedToday, ...unseen], today).items.map((one) => one.key)).toEqual(['n1', 'n2']);
  });

  it('offers every new question on the last day before the interview, and a few a day after it', () => {
    const unseen = ['n1', 'n2', 'n3', 'n4', 'n5'].map((key) => ({ key, attempts: 0, dueDay: today }));
    expect(todaysQueue(unseen, today, today + 1).items).toHaveLength(5);
    expect(todaysQueue(unseen, today, today - 3).items).toHaveLength(3);
  });
});

describe('days and the calendar', () => {
  it('reads and writes a date input’s days', () => {
    expect(isoDate(firstDay)).toBe('2026-12-01');
    expect(dayOfIsoDate('2026-02-30')).toBeUndefined();
    expect(dayOfIsoDate('14.12.2026')).toBeUndefined();
    expect(dayOf(startOfDay(firstDay))).toBe(firstDay);
    expect(dayOf(startOfDay(firstDay) - 1)).toBe(firstDay - 1);
  });

  it('counts a streak up to today, or up to yesterday while today is not practised yet', () => {
    expect(practiceCalendar([firstDay, firstDay + 1, firstDay + 2], firstDay + 2).streak).toBe(3);
    expect(practiceCalendar([firstDay, firstDay + 1, firstDay + 2], firstDay + 3).streak).toBe(3);
    expect(practiceCalendar([firstDay, firstDay + 2], firstDay + 4).streak).toBe(0);
  });

  it('lays out whole weeks, Monday first, ending with this week', () => {
    const weeks = calendarWeeks(firstDay, 2);
    // 1 December 2026 is a Tuesday.
    expect(weeks.map((week) => week.map(isoDate))).toEqual([
      ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'],
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'],
    ]);
  });
});
