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
import { asCorrected } from './corrected-transcript.ts';

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

/** Every interview of a script and every answer to its questions' main prompts, for progress over time. */
export async function attemptsOfScript(
  scriptId: string,
  database: VivaDatabase = db,
): Promise<ScriptAttempts> {
  const { sessions, answers, audioChunks, answerAssessments, transcripts } = database;
  return database.transaction(
    'r',
    [sessions, answers, audioChunks, answerAssessments, transcripts],
    async () => {
      const ofScript = await sessions.where('scriptId').equals(scriptId).sortBy('startedAt');
      const sessionIds = ofScript.map((session) => session.id);
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
      const byQuestion = new Map<number, Attempt[]>();
      const totals = ofScript.map((session): SessionTotal => {
        const ofSession = bySession.get(session.id) ?? [];
        for (const answer of ofSession) {
          const attempt = questionAttempt(session, answer, found);
          const questionIndex = answer.turn.questionIndex;
          if (attempt === undefined || questionIndex === undefined) continue;
          byQuestion.set(questionIndex, [...(byQuestion.get(questionIndex) ?? []), attempt]);
        }
        const totalMs = ofSession.reduce((sum, answer) => sum + (durations.get(answer.id) ?? 0), 0);
        return { sessionId: session.id, startedAt: session.startedAt, totalMs };
      });

      return {
        questions: [...byQuestion]
          .sort(([a], [b]) => a - b)
          .map(([questionIndex, ofQuestion]) => ({ questionIndex, attempts: ofQuestion })),
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
