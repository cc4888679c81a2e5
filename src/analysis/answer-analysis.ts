import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { coverageOf, type CoverageVerdict } from './coverage.ts';
import { fillersOf, type FillerSummary } from './fillers.ts';
import { paceOf, type Pace } from './pace.ts';
import { repetitionOf, type Repetition } from './repetition.ts';
import { starOf, type StarStructure } from './star.ts';
import type { TimedWord } from './tokens.ts';

export interface AnswerAnalysis {
  readonly language: RecognitionLanguage;
  readonly coverage: readonly CoverageVerdict[];
  /** Whether the key terms of the prompt's model answer and hints were said (see key-terms.ts). */
  readonly keyTerms: readonly CoverageVerdict[];
  readonly fillers: FillerSummary;
  readonly pace: Pace;
  readonly repetition: Repetition;
  /** For a story (a behavioural question): its Situation, Task, Action and Result. */
  readonly star?: StarStructure;
}

export interface AnalysisInput {
  readonly words: readonly TimedWord[];
  readonly language: RecognitionLanguage;
  /** The recording's length; the last word's end when unknown. */
  readonly durationMs?: number;
  /** The checkpoint and rubric texts the answer is checked against; none for prompts without any. */
  readonly checklist: readonly string[];
  /** The key terms of the prompt's model answer and hints; none when it has neither. */
  readonly keyTerms?: readonly string[];
  /** Whether the answer should tell a STAR story: the main questions of a behavioural interview. */
  readonly story?: boolean;
}

/** What an answer's words say about it: coverage of its checklist, fillers, pace, a story's parts. Pure and quick. */
export function analyseAnswer({
  words,
  language,
  durationMs,
  checklist,
  keyTerms = [],
  story,
}: AnalysisInput): AnswerAnalysis {
  const duration = durationMs ?? words.at(-1)?.endMs ?? 0;
  return {
    language,
    coverage: coverageOf(checklist, words, language),
    keyTerms: coverageOf(keyTerms, words, language),
    fillers: fillersOf(words, language, duration),
    pace: paceOf(words, language, duration),
    repetition: repetitionOf(words, language),
    ...(story === true ? { star: starOf(words, language, duration) } : {}),
  };
}
