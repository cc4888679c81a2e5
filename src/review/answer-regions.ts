import type { AnswerAnalysis } from '../analysis/answer-analysis.ts';
import type { AnswerInsights } from '../insights/answer-insights.ts';
import type { WaveformRegion } from '../platform/waveform/waveform.ts';
import type { PinnedNote } from '../store/database.ts';

export interface RegionSources {
  readonly sections: readonly { readonly title: string }[];
  /** Where each section after the first began, in milliseconds. */
  readonly sectionMarks: readonly number[];
  readonly insights: AnswerInsights | undefined;
  readonly pins: readonly PinnedNote[];
  readonly analysis: AnswerAnalysis | undefined;
}

/** What the review draws over an answer's waveform: sections, long pauses, pins, fillers, fast stretches. */
export function answerRegions({
  sections,
  sectionMarks,
  insights,
  pins,
  analysis,
}: RegionSources): WaveformRegion[] {
  return [
    ...sections.slice(0, sectionMarks.length + 1).map((section, index) => ({
      id: `section-${String(index)}`,
      startMs: index === 0 ? 0 : (sectionMarks[index - 1] ?? 0),
      ...(sectionMarks[index] === undefined ? {} : { endMs: sectionMarks[index] }),
      label: section.title,
      kind: 'section' as const,
    })),
    ...(insights?.pauses.list ?? []).map((pause, index) => ({
      id: `pause-${String(index)}`,
      startMs: pause.startMs,
      endMs: pause.endMs,
      label: `Pause of ${((pause.endMs - pause.startMs) / 1000).toFixed(1)} s`,
      kind: 'pause' as const,
    })),
    ...(analysis?.pace.fastStretches ?? []).map((stretch, index) => ({
      id: `fast-${String(index)}`,
      startMs: stretch.startMs,
      endMs: stretch.endMs,
      label: `Fast: ${String(Math.round(stretch.wordsPerMinute))} words a minute`,
      kind: 'fast' as const,
    })),
    ...(analysis?.fillers.items ?? []).map((filler, index) => ({
      id: `filler-${String(index)}`,
      startMs: filler.startMs,
      label: `“${filler.text}”`,
      kind: 'filler' as const,
    })),
    ...pins.map((pin) => ({ id: pin.id, startMs: pin.atMs, label: pin.text, kind: 'pin' as const })),
  ];
}
