import { describe, expect, it } from 'vitest';
import { sectionTimings } from './section-timing.ts';

const minute = 60_000;
// The system-design plan of the mock interviews: 5/10/20/5/3/2 minutes.
const systemDesign = [
  { title: 'Clarify', seconds: 300 },
  { title: 'Diagram', seconds: 600 },
  { title: 'Deep dive', seconds: 1200 },
  { title: 'Scale', seconds: 300 },
  { title: 'Trade-offs', seconds: 180 },
  { title: 'Wrap-up', seconds: 120 },
];

describe('sectionTimings', () => {
  it('times each reached section from its mark to the next, and leaves the rest unreached', () => {
    expect(sectionTimings(systemDesign, [4 * minute, 16 * minute, 30 * minute], 33 * minute)).toEqual([
      { title: 'Clarify', plannedMs: 5 * minute, actualMs: 4 * minute, overMs: 0 },
      { title: 'Diagram', plannedMs: 10 * minute, actualMs: 12 * minute, overMs: 2 * minute },
      { title: 'Deep dive', plannedMs: 20 * minute, actualMs: 14 * minute, overMs: 0 },
      { title: 'Scale', plannedMs: 5 * minute, actualMs: 3 * minute, overMs: 0 },
      { title: 'Trade-offs', plannedMs: 3 * minute, actualMs: undefined, overMs: 0 },
      { title: 'Wrap-up', plannedMs: 2 * minute, actualMs: undefined, overMs: 0 },
    ]);
  });

  it('gives the whole answer to the first section when no mark was set', () => {
    expect(sectionTimings(systemDesign.slice(0, 2), [], 7 * minute)).toEqual([
      { title: 'Clarify', plannedMs: 5 * minute, actualMs: 7 * minute, overMs: 2 * minute },
      { title: 'Diagram', plannedMs: 10 * minute, actualMs: undefined, overMs: 0 },
    ]);
  });

  it('never goes negative when the answer length falls a little short of the last mark', () => {
    const result = sectionTimings(systemDesign.slice(0, 2), [5 * minute], 5 * minute - 40);
    expect(result.map((section) => section.actualMs)).toEqual([5 * minute - 40, 0]);
  });

  it('has nothing for a question without sections', () => {
    expect(sectionTimings([], [], minute)).toEqual([]);
  });
});
