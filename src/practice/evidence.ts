import { targetVerdict } from '../insights/target.ts';
import { answerGist } from '../review/recorded-answer-analysis.ts';
import type { Attempt } from '../store/progress.ts';
import type { AttemptEvidence } from './grade.ts';

/** Evidence already worked out, by answer, with what it was worked out from (see `sourceOf`). */
const known = new Map<string, { readonly source: string; readonly evidence: AttemptEvidence }>();

/**
 * What an attempt tells the grader. The words are read only when the candidate has not rated the answer (a
 * rating decides alone), and once per answer for as long as the page lives: the schedule is worked out again
 * after every change, and re-reading every transcript each time would cost seconds for a long history.
 */
export function evidenceOf(attempt: Attempt): AttemptEvidence {
  const source = sourceOf(attempt);
  const found = known.get(attempt.answerId);
  if (found?.source === source) return found.evidence;
  const evidence = freshEvidence(attempt);
  known.set(attempt.answerId, { source, evidence });
  return evidence;
}

/** Everything the evidence depends on, as a string: when any of it changes, it is worked out again. */
function sourceOf({ rating, durationMs, budget, transcript, checklist, ticked, unticked }: Attempt): string {
  const words = transcript?.words;
  return JSON.stringify([
    rating,
    durationMs,
    budget,
    transcript?.language,
    words?.length,
    words?.at(-1)?.endMs,
    words?.map((word) => word.text).join(' '),
    checklist,
    ticked,
    unticked,
  ]);
}

function freshEvidence(attempt: Attempt): AttemptEvidence {
  const target = targetVerdict(attempt.budget, attempt.durationMs, false);
  const overShare = target.lengthMs > target.highMs ? (target.lengthMs - target.highMs) / target.highMs : 0;
  const timing = { target: target.verdict, overShare };
  if (attempt.rating !== undefined) return { ...timing, rating: attempt.rating };
  const { transcript } = attempt;
  if (transcript === undefined) return timing;
  const gist = answerGist({ ...attempt, transcript });
  return {
    ...timing,
    coverage: { covered: gist.covered, items: gist.items },
    ...(gist.fillersPer100Words === undefined ? {} : { fillersPer100Words: gist.fillersPer100Words }),
  };
}
