import { loadBuiltinScripts } from '../library/builtin.ts';
import { entryKey } from '../library/entry.ts';
import type { PlannedScript, PracticeAttempt } from '../practice/overview.ts';
import { questionRef } from '../practice/item.ts';
import type { PracticePlanRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { loadPracticePlan } from './practice-plan.ts';
import { questionAttempt } from './progress.ts';
import { recordedDurations } from './recorded-duration.ts';

/** An answer shorter than this is not an attempt: the candidate moved on before saying anything. */
const shortestAttemptMs = 1000;

/** What the practice pages work from: the plan, its scripts as the library has them, and every attempt. */
export interface PracticeData {
  readonly plan: PracticePlanRecord | undefined;
  readonly scripts: readonly PlannedScript[];
  /** Every script of the library, by key, to choose the plan's from. */
  readonly library: readonly PlannedScript[];
  readonly attempts: readonly PracticeAttempt[];
}

/**
 * The plan, the library and the attempts. `withoutPlan: 'skip-history'` reads no attempt when there is no plan
 * (the library's Today line needs none then, and a long history is not worth reading on every visit).
 */
export async function loadPracticeData(
  withoutPlan: 'read-history' | 'skip-history' = 'read-history',
  database: VivaDatabase = db,
): Promise<PracticeData> {
  const [plan, builtin, imported] = await Promise.all([
    loadPracticePlan(database),
    // Through Promise.resolve: a live query must await nothing but Dexie, or it stops hearing of changes.
    Promise.resolve(loadBuiltinScripts()),
    database.importedScripts.toArray(),
  ]);
  const attempts =
    plan === undefined && withoutPlan === 'skip-history'
      ? []
      : await loadPracticeAttempts(new Set(plan?.scriptKeys ?? []), database);
  const library = [
    ...builtin.map((script) => ({ key: entryKey('builtin', script.id), script })),
    ...imported.map(({ script }) => ({ key: entryKey('imported', script.id), script })),
  ];
  const byKey = new Map(library.map((entry) => [entry.key, entry]));
  const scripts = (plan?.scriptKeys ?? []).flatMap((key) => byKey.get(key) ?? []);
  return { plan, scripts, library, attempts };
}

/**
 * Every answer to a question's own prompt, in any interview, as an attempt at that question of the library.
 * Only the answers to the planned scripts' questions come with their transcripts: the others count for the
 * calendar alone, and reading every transcript of a long history for them would cost for nothing.
 */
export async function loadPracticeAttempts(
  plannedScripts: ReadonlySet<string>,
  database: VivaDatabase = db,
): Promise<PracticeAttempt[]> {
  const { sessions, answers, audioChunks, answerAssessments, transcripts } = database;
  return database.transaction(
    'r',
    [sessions, answers, audioChunks, answerAssessments, transcripts],
    async () => {
      const byId = new Map((await sessions.toArray()).map((session) => [session.id, session]));
      const asked = (await answers.filter((answer) => answer.turn.phase === 'question').toArray()).flatMap(
        (answer) => {
          const session = byId.get(answer.sessionId);
          const index = answer.turn.questionIndex;
          const ref = session && index !== undefined ? questionRef(session, index) : undefined;
          return session && ref ? [{ answer, session, ref }] : [];
        },
      );
      const planned = asked
        .filter(({ ref }) => plannedScripts.has(ref.scriptKey))
        .map(({ answer }) => answer.id);
      const found = {
        durations: await recordedDurations(
          asked.map(({ answer }) => answer),
          database,
        ),
        assessments: new Map((await answerAssessments.toArray()).map((row) => [row.answerId, row])),
        transcribed: new Map(
          (await transcripts.bulkGet(planned)).flatMap((row) =>
            row === undefined ? [] : [[row.answerId, row] as const],
          ),
        ),
      };
      return asked.flatMap(({ answer, session, ref }): PracticeAttempt[] => {
        const attempt = questionAttempt(session, answer, found);
        return attempt && attempt.durationMs >= shortestAttemptMs ? [{ ref, attempt }] : [];
      });
    },
  );
}
