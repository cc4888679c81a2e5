import { asksForStories, questionChecklist } from '../script/checklist.ts';
import type { Budget } from '../script/model.ts';
import type {
  AnswerAssessmentRecord,
  AnswerRecord,
  SessionRecord,
  TranscriptRecord,
  VivaDatabase,
} from './database.ts';
import { db } from './db.ts';
import { recordedDurations } from './recorded-duration.ts';
import { asCorrected } from './transcripts.ts';
import { getImportedScript } from './imported-scripts.ts';
import { loadBuiltinScripts } from '../library/builtin.ts';
import { entryKey } from '../library/entry.ts';
import { questionRef } from '../practice/item.ts';
import { practiceScriptId } from '../practice/practice-script.ts';

/** One answer to a question, in one interview. */
export interface Attempt {
  readonly sessionId: string;
  /** When its interview started, so attempts line up with the interviews' totals. */
  readonly startedAt: number;
  readonly answerId: string;
  /** How long the recording is. */
  readonly durationMs: number;
  /** The budget the question had in that interview. */
  readonly budget: Budget;
  /** The candidate's own 1–5 rating; absent until rated. */
  readonly rating?: number;
  /** The recording's waveform peaks, for think time and a side-by-side replay; absent if it never finished. */
  readonly peaks?: Int8Array;
  /** What the analysis of its words needs: the transcript (absent until made), the question's checklist as
   * that interview's script had it, whether it is a story, and the candidate's verdicts. */
  readonly transcript?: Pick<TranscriptRecord, 'language' | 'words'>;
  readonly checklist: readonly string[];
  readonly story: boolean;
  readonly ticked: readonly string[];
  readonly unticked: readonly string[];
}

/** Every attempt at one question of the script, the oldest first. */
export interface QuestionAttempts {
  /** The question's index in the script. */
  readonly questionIndex: number;
  readonly attempts: readonly Attempt[];
}

/** One interview of the script, with all its answers' recordings added up. */
export interface SessionTotal {
  readonly sessionId: string;
  readonly startedAt: number;
  readonly totalMs: number;
}

/** A script's attempts over time: by question (in script order), and by interview (the oldest first). */
export interface ScriptAttempts {
  readonly questions: readonly QuestionAttempts[];
  readonly sessions: readonly SessionTotal[];
}

/** The script of the library this progress page is of (the built-in one first, as the page finds it), by key. */
async function libraryScript(
  scriptId: string,
  database: VivaDatabase,
): Promise<{ readonly key: string; readonly titles: readonly string[] } | undefined> {
  const builtin = (await loadBuiltinScripts()).find((script) => script.id === scriptId);
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

/** What was read alongside a set of answers, to make attempts of them. */
export interface AttemptSources {
  readonly durations: ReadonlyMap<string, number>;
  readonly assessments: ReadonlyMap<string, AnswerAssessmentRecord>;
  readonly transcribed: ReadonlyMap<string, TranscriptRecord>;
}

/** An answer as an attempt at its question; undefined for any other turn (follow-ups and traps ask something else). */
export function questionAttempt(
  { id, startedAt, script }: SessionRecord,
  answer: AnswerRecord,
  { durations, assessments, transcribed }: AttemptSources,
): Attempt | undefined {
  const { phase, questionIndex, budget } = answer.turn;
  if (phase !== 'question' || questionIndex === undefined) return undefined;
  const assessment = assessments.get(answer.id);
  const rating = assessment?.rating;
  const stored = transcribed.get(answer.id);
  const transcript = stored && asCorrected(stored);
  const question = script.questions[questionIndex];
  return {
    sessionId: id,
    startedAt,
    answerId: answer.id,
    durationMs: durations.get(answer.id) ?? 0,
    budget,
    ...(rating === undefined ? {} : { rating }),
    ...(answer.audio === undefined ? {} : { peaks: answer.audio.peaks }),
    ...(transcript === undefined ? {} : { transcript }),
    checklist: question === undefined ? [] : questionChecklist(question),
    story: asksForStories(script),
    ticked: assessment?.covered ?? [],
    unticked: assessment?.notCovered ?? [],
  };
}
