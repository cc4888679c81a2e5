import { fillerThreshold } from '../analysis/answer-feedback.ts';
import type { TargetVerdict } from '../insights/target.ts';

/** How well an attempt went, in the four grades a spaced-repetition scheduler understands. */
export const practiceGrades = ['again', 'hard', 'good', 'easy'] as const;
export type PracticeGrade = (typeof practiceGrades)[number];

/** What is known about one attempt when it is graded; every measured part is optional. */
export interface AttemptEvidence {
  /** The candidate's own 1–5 rating: when given, it decides alone. */
  readonly rating?: number;
  /** The answer's length against its budget. */
  readonly target: TargetVerdict;
  /** How far over the budget's upper end, as a share of it (0.6 = 60 % over); 0 when not over. */
  readonly overShare: number;
  /** Checklist items covered, of those the question has; absent without a transcript or a checklist. */
  readonly coverage?: { readonly covered: number; readonly items: number };
  /** Fillers per 100 words; absent without a transcript. */
  readonly fillersPer100Words?: number;
}

/** A grade and the evidence that decided it, for the plan to show why an item comes back soon. */
export interface GradedEvidence {
  readonly grade: PracticeGrade;
  /** 'rating' when the candidate rated the answer, otherwise what was measured. */
  readonly from: 'rating' | 'measured';
  /** Why, in a few words each: the parts that pulled the grade down, or what made it easy. */
  readonly reasons: readonly string[];
}

/**
 * The candidate's rating, 1–5, as a grade: 1 and 2 are answers to redo soon, 3 got there with effort,
 * 4 is good and 5 easy. A rating is the candidate's considered judgement, so it outranks any measure.
 */
const gradeOfRating: Readonly<Record<number, PracticeGrade>> = {
  1: 'again',
  2: 'again',
  3: 'hard',
  4: 'good',
  5: 'easy',
};

/** Far over the budget is not a timing slip but an answer that lost its way: practise it again soon. */
export const farOverShare = 0.5;
/** A checklist mostly covered is good; half covered is hard; less is to redo. */
export const goodCoverageShare = 0.8;
export const hardCoverageShare = 0.5;

const rank = (grade: PracticeGrade) => practiceGrades.indexOf(grade);

/**
 * Grades one attempt. Without a rating, each measured part proposes a grade and the weakest wins: an answer
 * on time that covered half of its points is still one to practise soon. 'easy' needs every part to be at
 * its best and a checklist to prove it; time alone never makes an answer easy.
 */
export function gradeAttempt(evidence: AttemptEvidence): GradedEvidence {
  const rated = evidence.rating === undefined ? undefined : gradeOfRating[evidence.rating];
  if (rated !== undefined)
    return { grade: rated, from: 'rating', reasons: [`rated ${evidence.rating} of 5`] };

  const proposals: { grade: PracticeGrade; reason: string }[] = [timingProposal(evidence)];
  const { coverage, fillersPer100Words } = evidence;
  if (coverage !== undefined && coverage.items > 0) {
    const share = coverage.covered / coverage.items;
    const said = `covered ${coverage.covered} of ${coverage.items} points`;
    proposals.push({
      grade:
        share === 1
          ? 'easy'
          : share >= goodCoverageShare
            ? 'good'
            : share >= hardCoverageShare
              ? 'hard'
              : 'again',
      reason: said,
    });
  }
  if (fillersPer100Words !== undefined) {
    const perHundred = `${fillersPer100Words.toFixed(1)} fillers per 100 words`;
    proposals.push({
      // The review's own threshold: from there on fillers are a habit worth working on.
      grade: fillersPer100Words >= fillerThreshold ? 'hard' : 'easy',
      reason: perHundred,
    });
  }

  const weakest = Math.min(...proposals.map((proposal) => rank(proposal.grade)));
  const canBeEasy = coverage !== undefined && coverage.items > 0;
  const grade = practiceGrades[weakest === rank('easy') && !canBeEasy ? rank('good') : weakest] ?? 'good';
  const reasons = proposals
    .filter((proposal) => grade === 'easy' || rank(proposal.grade) === weakest)
    .map((proposal) => proposal.reason);
  return { grade, from: 'measured', reasons };
}

function timingProposal({ target, overShare }: AttemptEvidence): { grade: PracticeGrade; reason: string } {
  if (target === 'short') return { grade: 'hard', reason: 'shorter than planned' };
  if (target === 'long' || target === 'over-limit') {
    return overShare > farOverShare
      ? { grade: 'again', reason: `${Math.round(overShare * 100)} % over time` }
      : { grade: 'hard', reason: 'over time' };
  }
  return { grade: 'easy', reason: 'on time' };
}
