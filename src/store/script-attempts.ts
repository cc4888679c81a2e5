import { loadBuiltinScripts } from '../library/builtin.ts';
import { entryKey } from '../library/entry.ts';
import { questionRef } from '../practice/item.ts';
import { practiceScriptId } from '../practice/practice-script.ts';
import type { AnswerRecord, SessionRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { getImportedScript } from './imported-scripts.ts';
import { questionAttempt, type Attempt, type ScriptAttempts, type SessionTotal } from './progress.ts';
import { recordedDurations } from './recorded-duration.ts';

/** The script of the library this progress page is of (the built-in one first, as the page finds it), by key. */
async function libraryScript(
  scriptId: string,
  database: VivaDatabase,
): Promise<{ readonly key: string; readonly titles: readonly string[] } | undefined> {
  // Through Promise.resolve: a live query must await nothing but Dexie, or it stops hearing of changes.
  const builtin = (await Promise.resolve(loadBuiltinScripts())).find((script) => script.id === scriptId);
  const imported = builtin ? undefined : await getImportedScript(scriptId, database);
  const found = builtin ?? imported?.script;
  if (found === undefined) return undefined;
  return {
    key: entryKey(builtin ? 'builtin' : 'imported', scriptId),
    titles: found.questions.map((question) => question.title),
  };
}

/**
 * Every interview of a script and every answer to its questions' main prompts, for progress over time.
 * Answers given in practice sessions count too, as attempts at the library question they stood for; they
 * are not interviews of the script, so they add no interview total.
 */
export async function attemptsOfScript(
  scriptId: string,
  database: VivaDatabase = db,
): Promise<ScriptAttempts> {
  const inLibrary = await libraryScript(scriptId, database);
  const { sessions, answers, audioChunks, answerAssessments, transcripts } = database;
  return database.transaction(
    'r',
    [sessions, answers, audioChunks, answerAssessments, transcripts],
    async () => {
      const ofScript = await sessions.where('scriptId').equals(scriptId).sortBy('startedAt');
      const practised = inLibrary
        ? (await sessions.where('scriptId').equals(practiceScriptId).toArray()).filter((session) =>
            session.practice?.some((ref) => ref.scriptKey === inLibrary.key),
          )
        : [];
      const read = [...ofScript, ...practised];
      const sessionIds = read.map((session) => session.id);
      const stored = await answers.where('sessionId').anyOf(sessionIds).toArray();
      const durations = await recordedDurations(stored, database);
      const assessed = await answerAssessments.where('sessionId').anyOf(sessionIds).toArray();
      const assessments = new Map(assessed.map((assessment) => [assessment.answerId, assessment]));
      const transcribed = new Map(
        (await transcripts.where('sessionId').anyOf(sessionIds).toArray()).map((row) => [row.answerId, row]),
      );

      const bySession = new Map<string, AnswerRecord[]>();
      for (const answer of stored) {
        const ofSession = bySession.get(answer.sessionId) ?? [];
        ofSession.push(answer);
        bySession.set(answer.sessionId, ofSession);
      }

      const found = { durations, assessments, transcribed };
      /** Which question of this script an answer is an attempt at: by its index, or through a practice item's title. */
      const questionOf = (session: SessionRecord, answer: AnswerRecord): number | undefined => {
        const index = answer.turn.questionIndex;
        if (session.scriptId === scriptId || index === undefined) return index;
        const ref = questionRef(session, index);
        if (ref === undefined || ref.scriptKey !== inLibrary?.key) return undefined;
        const position = inLibrary.titles.indexOf(ref.title);
        return position < 0 ? undefined : position;
      };
      const byQuestion = new Map<number, Attempt[]>();
      for (const session of read)
        for (const answer of bySession.get(session.id) ?? []) {
          const attempt = questionAttempt(session, answer, found);
          const questionIndex = questionOf(session, answer);
          if (attempt === undefined || questionIndex === undefined) continue;
          byQuestion.set(questionIndex, [...(byQuestion.get(questionIndex) ?? []), attempt]);
        }
      const totals = ofScript.map((session): SessionTotal => {
        const ofSession = bySession.get(session.id) ?? [];
        const totalMs = ofSession.reduce((sum, answer) => sum + (durations.get(answer.id) ?? 0), 0);
        return { sessionId: session.id, startedAt: session.startedAt, totalMs };
      });

      return {
        questions: [...byQuestion]
          .sort(([a], [b]) => a - b)
          .map(([questionIndex, ofQuestion]) => ({
            questionIndex,
            attempts: ofQuestion.sort((a, b) => a.startedAt - b.startedAt),
          })),
        sessions: totals,
      };
    },
  );
}
