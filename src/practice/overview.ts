import type { Question, Script } from '../script/model.ts';
import { questionSeconds } from '../script/summary.ts';
import type { Attempt } from '../store/progress.ts';
import { practiceCalendar, type PracticeCalendar } from './calendar.ts';
import { dayOf, dayOfIsoDate, type Day } from './days.ts';
import { evidenceOf } from './evidence.ts';
import { gradeAttempt, type GradedEvidence } from './grade.ts';
import { itemKey, type PracticeItemRef } from './item.ts';
import { todaysQueue } from './queue.ts';
import { scheduleItems, type ItemSchedule } from './schedule.ts';

/** One script of the plan, as the library has it now. */
export interface PlannedScript {
  readonly key: string;
  readonly script: Script;
}

/** An attempt at a question of the library, from its own script's interview or from a practice session. */
export interface PracticeAttempt {
  readonly ref: PracticeItemRef;
  readonly attempt: Attempt;
}

/** An attempt with the grade it gave its item. */
export interface GradedPracticeAttempt extends PracticeAttempt {
  readonly graded: GradedEvidence;
}

/** One question of the plan: where it is from, where it stands, and its attempts, the oldest first. */
export interface PracticeItem {
  readonly ref: PracticeItemRef;
  readonly script: Script;
  readonly question: Question;
  readonly schedule: ItemSchedule;
  readonly attempts: readonly GradedPracticeAttempt[];
}

/** Everything the practice pages show, worked out from the plan, the library and every attempt. */
export interface PracticeOverview {
  readonly today: Day;
  readonly interviewDay?: Day;
  readonly items: readonly PracticeItem[];
  /** Today's queue, in the order it is practised. */
  readonly queue: readonly PracticeItem[];
  /** The queue's planned answer time, in seconds (what the questions' budgets add up to). */
  readonly queueSeconds: number;
  readonly overdue: number;
  readonly newLater: number;
  readonly calendar: PracticeCalendar;
}

export function practiceOverview(
  scripts: readonly PlannedScript[],
  attempts: readonly PracticeAttempt[],
  interviewDate: string | undefined,
  now: number,
): PracticeOverview {
  const today = dayOf(now);
  const interviewDay = interviewDate === undefined ? undefined : dayOfIsoDate(interviewDate);
  const questions = scripts.flatMap(({ key, script }) =>
    script.questions.map((question) => ({
      ref: { scriptKey: key, title: question.title },
      script,
      question,
    })),
  );
  const keys = questions.map(({ ref }) => itemKey(ref));
  const planned = new Set(keys);
  // Each planned item's graded attempts, the oldest first.
  const byItem = new Map<string, GradedPracticeAttempt[]>();
  for (const one of [...attempts].sort((a, b) => a.attempt.startedAt - b.attempt.startedAt)) {
    const key = itemKey(one.ref);
    if (!planned.has(key)) continue;
    const ofItem = byItem.get(key) ?? [];
    ofItem.push({ ...one, graded: gradeAttempt(evidenceOf(one.attempt)) });
    byItem.set(key, ofItem);
  }
  const schedules = scheduleItems(
    keys,
    [...byItem].flatMap(([key, ofItem]) =>
      ofItem.map(({ attempt, graded: { grade } }) => ({ key, at: attempt.startedAt, grade })),
    ),
    now,
    interviewDay,
  );
  const items = questions.flatMap((question, index): PracticeItem[] => {
    const schedule = schedules[index];
    return schedule === undefined
      ? []
      : [{ ...question, schedule, attempts: byItem.get(schedule.key) ?? [] }];
  });
  const byKey = new Map(items.map((item) => [item.schedule.key, item]));
  const { items: queued, overdue, newLater } = todaysQueue(schedules, today, interviewDay);
  const queue = queued.flatMap((schedule) => byKey.get(schedule.key) ?? []);
  return {
    today,
    ...(interviewDay === undefined ? {} : { interviewDay }),
    items,
    queue,
    queueSeconds: queue.reduce((sum, item) => sum + questionSeconds(item.question), 0),
    overdue,
    newLater,
    calendar: practiceCalendar(
      attempts.map(({ attempt }) => dayOf(attempt.startedAt)),
      today,
    ),
  };
}
