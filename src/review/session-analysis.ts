import { answerFigures, type AnswerFigures } from '../analysis/answer-figures.ts';
import type { AnswerAnalysis } from '../analysis/answer-analysis.ts';
import { finalVerdicts } from '../analysis/coverage-verdicts.ts';
import { answerInsights, type AnswerInsights } from '../insights/answer-insights.ts';
import type { Script } from '../script/model.ts';
import type { AnswerAssessment } from '../store/assessments.ts';
import type { AnswerRecord, TranscriptRecord } from '../store/database.ts';
import type { Attempt } from '../store/progress.ts';
import { checklistOf, keyTermsOfPrompt, promptOf, tellsStory } from './answer-script.ts';
import { analyseRecordedAnswer, type RecordedAnswerAnalysis } from './recorded-answer-analysis.ts';

/**
 * Analyses by transcript. A review re-renders on every tick, rating or note while the words stay the
 * same; what the analysis reads besides them (the answer's checklist, key terms, length) never changes
 * for one answer. A transcript read again is a new object, and is analysed again.
 */
const analysedWords = new WeakMap<TranscriptRecord, AnswerAnalysis>();

/** The analysis of every transcribed answer of an interview, by answer id; the others have none yet. */
export function analyseSessionAnswers(
  script: Script,
  answers: readonly AnswerRecord[],
  assessments: ReadonlyMap<string, AnswerAssessment>,
  transcripts: ReadonlyMap<string, TranscriptRecord>,
): ReadonlyMap<string, RecordedAnswerAnalysis> {
  return new Map(
    answers.flatMap((answer) => {
      const transcript = transcripts.get(answer.id);
      if (transcript === undefined) return [];
      const assessment = assessments.get(answer.id);
      const ticked = assessment?.covered ?? [];
      const unticked = assessment?.notCovered ?? [];
      const known = analysedWords.get(transcript);
      if (known !== undefined)
        return [
          [
            answer.id,
            { analysis: known, verdicts: finalVerdicts(known.coverage, ticked, unticked) },
          ] as const,
        ];
      const analysed = analyseRecordedAnswer({
        transcript,
        durationMs: answer.audio?.durationMs,
        checklist: checklistOf(script, answer),
        keyTerms: keyTermsOfPrompt(promptOf(script, answer), answer.turn.language),
        story: tellsStory(script, answer),
        ticked,
        unticked,
      });
      analysedWords.set(transcript, analysed.analysis);
      return [[answer.id, analysed] as const];
    }),
  );
}

/** The figures of an attempt followed over time; undefined until it has a transcript. */
export function attemptFigures(attempt: Attempt): AnswerFigures | undefined {
  const { transcript } = attempt;
  if (transcript === undefined) return undefined;
  const { analysis, verdicts } = analyseRecordedAnswer({ ...attempt, transcript });
  return answerFigures(analysis, verdicts);
}

/** What the audio says about each recorded answer of an interview (think time, pauses…), by answer id. */
export function insightsByAnswer(answers: readonly AnswerRecord[]): ReadonlyMap<string, AnswerInsights> {
  return new Map(
    answers.flatMap((answer) =>
      answer.audio === undefined
        ? []
        : [
            [
              answer.id,
              answerInsights({
                peaks: answer.audio.peaks,
                durationMs: answer.audio.durationMs,
                budget: answer.turn.budget,
                ...(answer.timing ? { timing: answer.timing } : {}),
              }),
            ] as const,
          ],
    ),
  );
}

/** What the audio says about an attempt; undefined when its recording never finished. */
export function attemptInsights(attempt: Attempt): AnswerInsights | undefined {
  return (
    attempt.peaks &&
    answerInsights({ peaks: attempt.peaks, durationMs: attempt.durationMs, budget: attempt.budget })
  );
}
