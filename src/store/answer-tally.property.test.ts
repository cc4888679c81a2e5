// The tallies History lists, through random interviews written as the app writes them (answers started,
// recorded chunk by chunk, summed up, some of them twice), then recovery and deletion: each interview's
// stored tally is always what counting its answers gives, and so is the list made from the tallies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyOf } from './answer-tally.ts';
import type { VivaDatabase } from './database.ts';
import { deleteSession, listSessionSummaries } from './history.ts';
import { createInterviewRecords } from './interview-records.ts';
import { repairUnclosedSessions } from './recovery.ts';
import { countedSummaries } from './testing/counted-summaries.ts';
import { audio, chunk, newAnswer, newSession, testDatabase } from './testing/interview-fixture.ts';

type Step =
  | { readonly kind: 'start'; readonly session: number }
  | { readonly kind: 'chunk'; readonly answer: number; readonly durationMs: number }
  | { readonly kind: 'sum'; readonly answer: number; readonly durationMs: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('start' as const), session: fc.nat(2) }),
  fc.record({ kind: fc.constant('chunk' as const), answer: fc.nat(20), durationMs: fc.nat(90_000) }),
  fc.record({ kind: fc.constant('sum' as const), answer: fc.nat(20), durationMs: fc.nat(90_000) }),
);

interface Scenario {
  readonly steps: readonly Step[];
  /** Recovery after the steps, as when the app stopped while some answers were still recording. */
  readonly recover: boolean;
  readonly deleteFirst: boolean;
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  steps: fc.array(step, { maxLength: 25 }),
  recover: fc.boolean(),
  deleteFirst: fc.boolean(),
});

/** Each interview's stored tally against its answers, and the list against the answers counted. */
async function expectTalliesAgree(database: VivaDatabase): Promise<void> {
  for (const session of await database.sessions.toArray()) {
    const stored = await database.answers.where('sessionId').equals(session.id).toArray();
    expect(session.tally.count).toBe(tallyOf(stored).count);
    expect(session.tally.summedMs).toBe(tallyOf(stored).summedMs);
    expect([...session.tally.openAnswerIds].sort()).toEqual([...tallyOf(stored).openAnswerIds].sort());
  }
  const listed = (await listSessionSummaries(database)).map(({ session, answerCount, recordedMs }) => ({
    sessionId: session.id,
    answerCount,
    recordedMs,
  }));
  expect(listed).toEqual(await countedSummaries(database));
}

async function play(database: VivaDatabase, { steps, recover, deleteFirst }: Scenario): Promise<void> {
  const records = createInterviewRecords(database);
  const sessionIds: string[] = [];
  for (let index = 0; index < 3; index += 1)
    sessionIds.push(await records.startSession(newSession({ startedAt: 1_000 + index })));
  const answerIds: string[] = [];
  const chunks = new Map<string, number>();
  for (const current of steps) {
    if (current.kind === 'start') {
      const sessionId = sessionIds[current.session] ?? '';
      answerIds.push(await records.startAnswer(newAnswer(sessionId, answerIds.length)));
      continue;
    }
    const answerId = answerIds[current.answer % Math.max(answerIds.length, 1)];
    if (answerId === undefined) continue;
    if (current.kind === 'chunk') {
      const seq = chunks.get(answerId) ?? 0;
      chunks.set(answerId, seq + 1);
      await records.appendChunk(answerId, chunk(seq, current.durationMs));
    } else {
      await records.finishAnswerAudio(answerId, audio({ durationMs: current.durationMs }));
    }
    await expectTalliesAgree(database);
  }
  if (recover) await repairUnclosedSessions(database);
  if (deleteFirst) await deleteSession(sessionIds[0] ?? '', database);
  await expectTalliesAgree(database);
}

describe('interview tallies', () => {
  it('always equal what counting the answers gives, through every write', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (drawn) => {
        const database = testDatabase();
        try {
          await play(database, drawn);
        } finally {
          await database.delete();
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
