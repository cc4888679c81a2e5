import { loadBuiltinScripts } from '../library/builtin.ts';
import { entryKey } from '../library/entry.ts';
import { questionRef } from '../practice/item.ts';
import { practiceScriptId } from '../practice/practice-script.ts';
import type { Turn } from '../interview/plan.ts';
import type { SessionRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { getImportedScript } from './imported-scripts.ts';
import { questionAttempt, type Attempt, type ScriptAttempts, type SessionTotal } from './progress.ts';
import { recordedDurations, recordedTimes } from './recorded-duration.ts';

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
 *
 * The page needs each attempt's own row (its peaks give think time and draw the comparison), so those are
 * read, but only those: the turns of this script's questions, found in each interview's plan and read
 * through the index of turns (an answer's turn is its plan's turn at its index: the interview asks
 * `plan.turns[turnIndex]` and stores that turn with the answer). Follow-ups, traps, opening and closing are
 * never read, nor any other interview's answers; the transcripts and verdicts of the attempts alone; and
 * the interviews' totals come from their tallies.
 */
export async function attemptsOfScript(
  scriptId: string,
  database: VivaDatabase = db,
): Promise<ScriptAttempts> {
  const inLibrary = await libraryScript(scriptId, database);
  /** Which question of this script a turn asks: by its index, or through a practice item's title. */
  const questionOf = (session: SessionRecord, turn: Turn): number | undefined => {
    const index = turn.questionIndex;
    if (turn.phase !== 'question' || index === undefined) return undefined;
    if (session.scriptId === scriptId) return index;
    const ref = questionRef(session, index);
    if (ref === undefined || ref.scriptKey !== inLibrary?.key) return undefined;
    const position = inLibrary.titles.indexOf(ref.title);
    return position < 0 ? undefined : position;
  };
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
      const read = new Map([...ofScript, ...practised].map((session) => [session.id, session]));
      const asked = [...read.values()].flatMap((session) =>
        session.plan.turns.flatMap((turn, turnIndex) =>
          questionOf(session, turn) === undefined ? [] : [[session.id, turnIndex]],
        ),
      );
      // A query of one key per turn asked: `anyOf` over them all walks the index with a cursor, one jump per
      // key, which took seconds for a long history (see the README's bench), and one over the rows would
      // load every row it stepped on.
      const stored = (
        await Promise.all(asked.map((key) => answers.where('[sessionId+turnIndex]').equals(key).toArray()))
      ).flat();
      const answerIds = stored.map((answer) => answer.id);
      const durations = await recordedDurations(stored, database);
      const assessments = new Map(
        (await answerAssessments.bulkGet(answerIds)).flatMap((row) => (row ? [[row.answerId, row]] : [])),
      );
      const transcribed = new Map(
        (await transcripts.bulkGet(answerIds)).flatMap((row) => (row ? [[row.answerId, row]] : [])),
      );

      const found = { durations, assessments, transcribed };
      const byQuestion = new Map<number, Attempt[]>();
      // In the order given, so that a turn answered again after resuming comes after its first answer.
      for (const answer of stored.toSorted((a, b) => a.startedAt - b.startedAt)) {
        const session = read.get(answer.sessionId);
        if (session === undefined) continue;
        const attempt = questionAttempt(session, answer, found);
        const questionIndex = questionOf(session, answer.turn);
        if (attempt === undefined || questionIndex === undefined) continue;
        const ofQuestion = byQuestion.get(questionIndex);
        if (ofQuestion === undefined) byQuestion.set(questionIndex, [attempt]);
        else ofQuestion.push(attempt);
      }
      const totals = await recordedTimes(ofScript, database);

      return {
        questions: [...byQuestion]
          .sort(([a], [b]) => a - b)
          .map(([questionIndex, ofQuestion]) => ({
            questionIndex,
            attempts: ofQuestion.sort((a, b) => a.startedAt - b.startedAt),
          })),
        sessions: ofScript.map((session, index): SessionTotal => ({
          sessionId: session.id,
          startedAt: session.startedAt,
          totalMs: totals[index] ?? 0,
        })),
      };
    },
  );
}
