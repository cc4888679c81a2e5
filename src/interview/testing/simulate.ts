// Runs the real interview machine on a simulated clock with a candidate who uses every answer's whole
// budget, for tests that check how long a script really runs.
import type { Script } from '../../script/model.ts';
import { budgetSeconds } from '../../script/summary.ts';
import type { Phase } from '../plan.ts';
import type { TimingMode } from '../records.ts';
import { readingTimeMs } from '../timing.ts';
import { settle, startInterview } from './machine-harness.ts';

export interface SimulatedInterview {
  readonly totalMs: number;
  readonly asked: readonly Phase[];
  readonly leftOut: readonly Phase[];
}

/** Time the interviewer takes for its "we need to move on" line in strict mode. */
const INTERRUPTION_MS = 2_000;

export async function simulateFullBudgetCandidate(
  script: Script,
  timing: TimingMode,
): Promise<SimulatedInterview> {
  const t = await startInterview(script, { timing, speech: true });
  await t.begin();
  const startedAt = t.clock.now();
  const asked: Phase[] = [];
  for (let step = 0; step < 1_000 && !t.state().matches('done'); step++) {
    const snapshot = t.state();
    const turn = snapshot.context.plan.turns[snapshot.context.turnIndex];
    if (snapshot.matches({ running: 'asking' }) && turn !== undefined) {
      asked.push(turn.phase);
      await t.speakPrompt(readingTimeMs(turn.text));
    } else if (snapshot.matches({ running: 'answering' }) && turn !== undefined) {
      t.clock.advance(budgetSeconds(turn.budget) * 1000);
      await settle();
      if (t.state().matches({ running: 'answering' })) t.send('user.done');
    } else if (snapshot.matches({ running: 'interrupting' })) {
      await t.speakPrompt(INTERRUPTION_MS);
    }
    await settle();
  }
  if (!t.state().matches('done'))
    throw new Error(`The interview did not end: ${JSON.stringify(t.state().value)}`);
  const { plan, outcomes } = t.state().context;
  return {
    totalMs: t.clock.now() - startedAt,
    asked,
    leftOut: outcomes.flatMap((o) =>
      o.leftOutForTime === undefined ? [] : [plan.turns[o.turnIndex]?.phase ?? 'question'],
    ),
  };
}
