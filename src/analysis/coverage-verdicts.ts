import type { CoverageEvidence, CoverageVerdict } from './coverage.ts';

/** Who decided whether an item was covered: the analysis of the words, or the candidate. */
export type VerdictSource = 'heard' | 'candidate';

/** An item's verdict once the candidate's own judgement is taken into account: theirs wins. */
export interface FinalVerdict {
  readonly item: string;
  readonly covered: boolean;
  readonly source: VerdictSource;
  /** What the analysis found, kept when the candidate overrides it, so the review can show both. */
  readonly heard: boolean | undefined;
  readonly evidence?: CoverageEvidence;
  readonly missing: readonly string[];
}

/**
 * The final verdicts of a checklist. `ticked` and `unticked` are the candidate's overrides; an item the
 * analysis could not judge, and nobody ticked, counts as not covered.
 */
export function finalVerdicts(
  verdicts: readonly CoverageVerdict[],
  ticked: readonly string[],
  unticked: readonly string[],
): readonly FinalVerdict[] {
  return verdicts.map((verdict) => {
    const overridden = ticked.includes(verdict.item)
      ? true
      : unticked.includes(verdict.item)
        ? false
        : undefined;
    return {
      item: verdict.item,
      covered: overridden ?? verdict.covered === true,
      source: overridden === undefined ? 'heard' : 'candidate',
      heard: verdict.covered,
      ...(verdict.evidence === undefined ? {} : { evidence: verdict.evidence }),
      missing: verdict.missing,
    };
  });
}
