import type { AnswerAnalysis } from './answer-analysis.ts';
import type { FinalVerdict } from './coverage-verdicts.ts';

/** The few numbers of an answer that are followed over time and added up over an interview. */
export interface AnswerFigures {
  /** Checklist items covered (by the analysis or the candidate), of those there were. */
  readonly covered: number;
  readonly items: number;
  readonly words: number;
  readonly fillers: number;
  readonly speakingMs: number;
  /** Undefined when the answer is too short for a pace to mean anything. */
  readonly wordsPerMinute: number | undefined;
}

export function answerFigures(analysis: AnswerAnalysis, verdicts: readonly FinalVerdict[]): AnswerFigures {
  const { pace, fillers } = analysis;
  return {
    covered: verdicts.filter((verdict) => verdict.covered).length,
    items: verdicts.length,
    words: pace.words,
    fillers: fillers.count,
    speakingMs: pace.speakingMs,
    wordsPerMinute: pace.verdict === 'too short to say' ? undefined : pace.wordsPerMinute,
  };
}

/** An interview's totals over its transcribed answers. */
export interface InterviewFigures {
  readonly answers: number;
  readonly covered: number;
  readonly items: number;
  /** Over all words; undefined when there were none. */
  readonly fillersPer100Words: number | undefined;
  /** Over all the time spent talking; undefined when there was none. */
  readonly wordsPerMinute: number | undefined;
}

export function interviewFigures(answers: readonly AnswerFigures[]): InterviewFigures {
  const sum = (pick: (figures: AnswerFigures) => number) =>
    answers.reduce((total, one) => total + pick(one), 0);
  const words = sum((one) => one.words);
  const speakingMs = sum((one) => one.speakingMs);
  return {
    answers: answers.length,
    covered: sum((one) => one.covered),
    items: sum((one) => one.items),
    fillersPer100Words: words === 0 ? undefined : (sum((one) => one.fillers) / words) * 100,
    wordsPerMinute: speakingMs === 0 ? undefined : words / (speakingMs / 60_000),
  };
}
