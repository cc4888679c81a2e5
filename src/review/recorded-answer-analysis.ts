import { analyseAnswer, type AnswerAnalysis } from '../analysis/answer-analysis.ts';
import { finalVerdicts, type FinalVerdict } from '../analysis/coverage-verdicts.ts';
import type { Attempt } from '../store/progress.ts';

/**
 * A transcribed answer as the analysis takes it: its transcript and length, and, as an attempt carries
 * them, its question's checklist, whether it is a story, and the candidate's verdicts.
 */
export type RecordedAnswer = Required<Pick<Attempt, 'transcript'>> &
  Pick<Attempt, 'checklist' | 'story' | 'ticked' | 'unticked'> & {
    readonly durationMs: number | undefined;
    /** The key terms of the prompt's model answer and hints. */
    readonly keyTerms?: readonly string[];
  };

export interface RecordedAnswerAnalysis {
  readonly analysis: AnswerAnalysis;
  readonly verdicts: readonly FinalVerdict[];
}

/** The analysis of a transcribed answer and its checklist's verdicts, the candidate's own winning. */
export function analyseRecordedAnswer(answer: RecordedAnswer): RecordedAnswerAnalysis {
  const analysis = analyseAnswer({
    words: answer.transcript.words,
    language: answer.transcript.language,
    ...(answer.durationMs === undefined ? {} : { durationMs: answer.durationMs }),
    checklist: answer.checklist,
    ...(answer.keyTerms === undefined ? {} : { keyTerms: answer.keyTerms }),
    story: answer.story,
  });
  return { analysis, verdicts: finalVerdicts(analysis.coverage, answer.ticked, answer.unticked) };
}
