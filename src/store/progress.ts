import { asksForStories, questionChecklist } from '../script/checklist.ts';
import type { Budget } from '../script/model.ts';
import type { AnswerAssessmentRecord, AnswerRecord, SessionRecord, TranscriptRecord } from './database.ts';
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
