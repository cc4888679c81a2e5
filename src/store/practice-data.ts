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

export async function loadPracticeData(database: VivaDatabase = db): Promise<PracticeData> {
  const [plan, builtin, imported, attempts] = await Promise.all([
    loadPracticePlan(database),
    loadBuiltinScripts(),
    database.importedScripts.toArray(),
    loadPracticeAttempts(database),
  ]);
  const library = [
    ...builtin.map((script) => ({ key: entryKey('builtin', script.id), script })),
    ...imported.map(({ script }) => ({ key: entryKey('imported', script.id), script })),
  ];
  const byKey = new Map(library.map((entry) => [entry.key, entry]));
  const scripts = (plan?.scriptKeys ?? []).flatMap((key) => byKey.get(key) ?? []);
  return { plan, scripts, library, attempts };
}

/** Every answer to a question's own prompt, in any interview, as an attempt at that question of the library. */
export async function loadPracticeAttempts(database: VivaDatabase = db): Promise<PracticeAttempt[]> {
  const { sessions, answers, audioChunks, answerAssessments, transcripts } = database;
  return database.transaction(
    'r',
    [sessions, answers, audioChunks, answerAssessments, transcripts],
    async () => {
      const byId = new Map((await sessions.toArray()).map((session) => [session.id, session]));
      const asked = await answers.filter((answer) => answer.turn.phase === 'question').toArray();
      const found = {
        durations: await recordedDurations(asked, database),
        assessments: new Map((await answerAssessments.toArray()).map((row) => [row.answerId, row])),
        transcribed: new Map((await transcripts.toArray()).map((row) => [row.answerId, row])),
      };
      return asked.flatMap((answer): PracticeAttempt[] => {
        const session = byId.get(answer.sessionId);
        if (session === undefined) return [];
        const attempt = questionAttempt(session, answer, found);
        const index = answer.turn.questionIndex;
        const ref = attempt && index !== undefined ? questionRef(session, index) : undefined;
        return attempt && ref && attempt.durationMs >= shortestAttemptMs ? [{ ref, attempt }] : [];
      });
    },
  );
}
