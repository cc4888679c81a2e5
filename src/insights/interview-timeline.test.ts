import { describe, expect, it } from 'vitest';
import type { Turn } from '../interview/plan.ts';
import type { Budget } from '../script/model.ts';
import { interviewTimeline } from './interview-timeline.ts';

const second = 1000;

const turn = (phase: Turn['phase'], budget: Budget, extra: Partial<Turn> = {}): Turn => ({
  phase,
  text: `The ${phase}.`,
  language: 'en-US',
  budget,
  sections: [],
  ...extra,
});

const turns: Turn[] = [
  turn('opening', { kind: 'limit', seconds: 60 }),
  turn(
    'question',
    { kind: 'window', minSeconds: 120, maxSeconds: 180 },
    {
      questionNumber: 1,
      sections: [
        { title: 'Situation', seconds: 60 },
        { title: 'Action', seconds: 90 },
        { title: 'Result', seconds: 30 },
      ],
    },
  ),
  turn('follow-up', { kind: 'limit', seconds: 90 }, { questionNumber: 1 }),
  turn('question', { kind: 'limit', seconds: 300 }, { questionNumber: 2 }),
  turn('closing', { kind: 'limit', seconds: 60 }),
];

const timing = {
  endedBy: 'done',
  pausedMs: 0,
  overtimeMs: 0,
  sectionMarks: [],
} as const;

describe('interviewTimeline', () => {
  it('lists every turn planned against actual, with a skipped turn, overtime and sections', () => {
    const timeline = interviewTimeline(turns, [
      { turnIndex: 0, startedAt: 10_000, timing: { ...timing, endedAt: 10_000 + 50 * second } },
      {
        turnIndex: 1,
        startedAt: 100_000,
        // 200 s on the wall, 10 of them paused: 190 s on the answer clock, 10 s over the window.
        timing: {
          ...timing,
          endedAt: 100_000 + 200 * second,
          pausedMs: 10 * second,
          overtimeMs: 10 * second,
          sectionMarks: [70 * second],
        },
        audio: { durationMs: 189_980 },
      },
      // The follow-up was skipped before its answer began; the app stopped during question 2.
      { turnIndex: 3, startedAt: 400_000, audio: { durationMs: 320 * second } },
      {
        turnIndex: 4,
        startedAt: 800_000,
        timing: { ...timing, endedAt: 800_000 + 60 * second, endedBy: 'limit' },
      },
    ]);

    expect(
      timeline.turns.map((row) => [
        row.label,
        row.plannedMs,
        row.actualMs,
        row.overtimeMs,
        row.endedBy,
        row.skipped,
      ]),
    ).toEqual([
      ['Opening', 60 * second, 50 * second, 0, 'done', false],
      ['Question 1 of 2', 180 * second, 190 * second, 10 * second, 'done', false],
      ['Follow-up on question 1 of 2', 90 * second, undefined, 0, undefined, true],
      ['Question 2 of 2', 300 * second, 320 * second, 20 * second, undefined, false],
      ['Closing', 60 * second, 60 * second, 0, 'limit', false],
    ]);
    expect(timeline.turns.map((row) => [row.turnIndex, row.phase])).toEqual([
      [0, 'opening'],
      [1, 'question'],
      [2, 'follow-up'],
      [3, 'question'],
      [4, 'closing'],
    ]);
    expect(timeline.turns[1]?.sections).toEqual([
      { title: 'Situation', plannedMs: 60 * second, actualMs: 70 * second, overMs: 10 * second },
      { title: 'Action', plannedMs: 90 * second, actualMs: 120 * second, overMs: 30 * second },
      { title: 'Result', plannedMs: 30 * second, actualMs: undefined, overMs: 0 },
    ]);
    expect(timeline.totals).toEqual({
      plannedMs: (60 + 180 + 90 + 300 + 60) * second,
      actualMs: (50 + 190 + 320 + 60) * second,
      overtimeMs: 30 * second,
    });
  });

  it('keeps the stored overtime, which is none in an untimed session', () => {
    const timeline = interviewTimeline(turns.slice(0, 1), [
      { turnIndex: 0, startedAt: 0, timing: { ...timing, endedAt: 90 * second } },
    ]);
    expect(timeline.turns[0]).toMatchObject({ plannedMs: 60 * second, actualMs: 90 * second, overtimeMs: 0 });
  });

  it('leaves the time of an answer with neither timing nor audio unknown', () => {
    const timeline = interviewTimeline(turns.slice(0, 2), [{ turnIndex: 1, startedAt: 0 }]);
    expect(timeline.turns[1]).toMatchObject({
      actualMs: undefined,
      overtimeMs: 0,
      skipped: false,
      sections: [],
    });
    expect(timeline.turns[0]?.skipped).toBe(true);
    expect(timeline.totals).toEqual({ plannedMs: 240 * second, actualMs: 0, overtimeMs: 0 });
  });
});
