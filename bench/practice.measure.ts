// How long the practice plan takes to work out a long history: 600 transcribed answers nobody rated (ten
// questions a day for two months), each graded from its words. In Node: the schedule is pure code.
import { describe, expect, it } from 'vitest';
import { spoken } from '../src/analysis/testing/spoken.ts';
import { question, script } from '../src/library/testing/script-fixture.ts';
import { practiceOverview, type PracticeAttempt } from '../src/practice/overview.ts';
import { attemptFigures } from '../src/review/session-analysis.ts';
import { recordResults } from './support/results.ts';

const ATTEMPTS = 600;
const questions = Array.from({ length: 30 }, (_, index) =>
  question(`Question ${String(index)}`, 'Design it.', {
    checkpoints: [
      'Puts a cache in front',
      'Partitions the database',
      'Replicates reads',
      'Watches latency',
    ].map((text) => ({ text })),
  }),
);
const planned = [{ key: 'builtin/bench', script: script('bench', { questions }) }];
const answer =
  'So basically I would put a cache in front of the database, um, and partition it by customer. ' +
  'Then we replicate reads to followers and, you know, watch the latency of every request.';

/** A minute's answer of about 150 words, its words a fresh array as each stored transcript is. */
function attempts(): PracticeAttempt[] {
  return Array.from({ length: ATTEMPTS }, (_, index) => {
    const words = spoken(`${answer} ${answer} ${answer} ${answer} ${String(index)}`).map((word) => ({
      ...word,
      confidence: 0.9,
    }));
    return {
      ref: { scriptKey: 'builtin/bench', title: `Question ${String(index % 30)}` },
      attempt: {
        sessionId: `session-${String(index)}`,
        startedAt: Date.parse('2026-10-01T09:00:00Z') + index * 2 * 3_600_000,
        answerId: `answer-${String(index)}`,
        durationMs: 60_000,
        budget: { kind: 'window', minSeconds: 45, maxSeconds: 90 },
        transcript: { language: 'en', words },
        checklist: questions[0]?.checkpoints.map((checkpoint) => checkpoint.text) ?? [],
        story: false,
        ticked: [],
        unticked: [],
      },
    };
  });
}

const timed = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return Math.round(performance.now() - started);
};

describe('the practice plan', () => {
  it(`works out today's queue from ${String(ATTEMPTS)} transcribed attempts`, () => {
    const now = Date.parse('2026-12-04T09:00:00Z');
    // Three reads of the same history, as the live query hands over fresh rows after every change.
    const [first, again, other] = [attempts(), attempts(), attempts()];
    const firstMs = timed(() => practiceOverview(planned, first, '2026-12-20', now));
    const againMs = timed(() => practiceOverview(planned, again, '2026-12-20', now));
    // The obvious way: the review's whole analysis of every attempt (pace, repetition, key terms and all).
    const fullAnalysisMs = timed(() => other.map(({ attempt }) => attemptFigures(attempt)));
    const { items } = practiceOverview(planned, other, '2026-12-20', now);
    expect(items.every((item) => item.schedule.attempts === ATTEMPTS / 30)).toBe(true);
    console.info(`practice plan (ms): ${JSON.stringify({ firstMs, againMs, fullAnalysisMs })}`);
    recordResults({ practice: { firstMs, againMs, fullAnalysisMs } });
  });
});
