import type { PlannedSection } from '../interview/plan.ts';

/** One planned section of a main answer against the time it took. */
export interface SectionTiming {
  readonly title: string;
  readonly plannedMs: number;
  /** Undefined when the answer ended before the section began. */
  readonly actualMs: number | undefined;
  /** Time beyond the plan; 0 within it or when never reached. */
  readonly overMs: number;
}

/**
 * Planned against actual time per section. `sectionMarks` holds the answer-clock time at which each next
 * section began, so section i runs from mark i − 1 (0 for the first) to mark i, the last one to `answerMs`.
 */
export function sectionTimings(
  sections: readonly PlannedSection[],
  sectionMarks: readonly number[],
  answerMs: number,
): SectionTiming[] {
  return sections.map((section, index) => {
    const plannedMs = section.seconds * 1000;
    const startMs = index === 0 ? 0 : sectionMarks[index - 1];
    if (startMs === undefined) return { title: section.title, plannedMs, actualMs: undefined, overMs: 0 };
    // The answer's length may come from the recording, a few ms off the clock that set the marks.
    const actualMs = Math.max(0, Math.min(sectionMarks[index] ?? answerMs, answerMs) - startMs);
    return { title: section.title, plannedMs, actualMs, overMs: Math.max(0, actualMs - plannedMs) };
  });
}
