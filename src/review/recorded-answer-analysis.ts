import { analyseAnswer, type AnswerAnalysis } from '../analysis/answer-analysis.ts';
import { finalVerdicts, type FinalVerdict } from '../analysis/coverage-verdicts.ts';
import { coverageOf } from '../analysis/coverage.ts';
import { fillersOf } from '../analysis/fillers.ts';
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

/** What a grade needs of a transcribed answer: its checklist covered (the candidate's verdicts winning) and fillers. */
export interface AnswerGist {
  readonly covered: number;
  readonly items: number;
  /** Undefined for an answer without words. */
  readonly fillersPer100Words: number | undefined;
}

/**
 * Only the parts of the analysis a practice grade uses: coverage and fillers, not pace, repetition, key terms
 * or a story's parts. A schedule grades every attempt at once, so the rest would cost it for nothing.
 */
export function answerGist(answer: RecordedAnswer): AnswerGist {
  const { words, language } = answer.transcript;
  const verdicts = finalVerdicts(
    coverageOf(answer.checklist, words, language),
    answer.ticked,
    answer.unticked,
  );
  const fillers = fillersOf(words, language, answer.durationMs ?? words.at(-1)?.endMs ?? 0);
  return {
    covered: verdicts.filter((verdict) => verdict.covered).length,
    items: verdicts.length,
    fillersPer100Words: words.length === 0 ? undefined : fillers.per100Words,
  };
}
