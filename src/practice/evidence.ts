import { targetVerdict } from '../insights/target.ts';
import { attemptFigures } from '../review/session-analysis.ts';
import type { Attempt } from '../store/progress.ts';
import type { AttemptEvidence } from './grade.ts';

/**
 * What an attempt tells the grader. The words are analysed only when the candidate has not rated the answer:
 * a rating decides alone, and analysis is the costly part.
 */
export function evidenceOf(attempt: Attempt): AttemptEvidence {
  const target = targetVerdict(attempt.budget, attempt.durationMs, false);
  const overShare = target.lengthMs > target.highMs ? (target.lengthMs - target.highMs) / target.highMs : 0;
  const timing = { target: target.verdict, overShare };
  if (attempt.rating !== undefined) return { ...timing, rating: attempt.rating };
  const figures = attemptFigures(attempt);
  if (figures === undefined) return timing;
  return {
    ...timing,
    coverage: { covered: figures.covered, items: figures.items },
    ...(figures.words === 0 ? {} : { fillersPer100Words: (figures.fillers / figures.words) * 100 }),
  };
}
