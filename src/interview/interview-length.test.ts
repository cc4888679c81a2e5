import { afterEach, describe, expect, it } from 'vitest';
import { parseScripts } from '../script/parse.ts';
import type { Script } from '../script/model.ts';
import { stopRunningInterviews } from './testing/machine-harness.ts';
import { simulateInterview, type SimulatedInterview } from './testing/simulate.ts';

afterEach(stopRunningInterviews);

const asked = (run: SimulatedInterview) => run.turns.filter((turn) => turn.asked).map((turn) => turn.phase);
const leftOut = (run: SimulatedInterview) =>
  run.turns.filter((turn) => !turn.asked).map((turn) => turn.phase);

const contentFiles = import.meta.glob<string>(['/content/*.md', '!/content/README.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const timedScripts: Script[] = Object.values(contentFiles).flatMap((text) => {
  const parsed = parseScripts(text);
  return parsed.ok ? parsed.scripts.filter((script) => script.durationSeconds !== undefined) : [];
});

describe('an interview with a stated duration, with a candidate who uses every whole budget', () => {
  it('finds the timed scripts that ship', () => {
    expect(timedScripts.length).toBeGreaterThanOrEqual(8);
  });

  it.each(timedScripts.map((script) => [script.id, script] as const))(
    '%s ends within its duration in strict mode, closing asked',
    async (_, script) => {
      const run = await simulateInterview(script, 'strict');
      // Untimed, every turn is asked at its full budget: the length before the interviewer kept time.
      const everything = await simulateInterview(script, 'untimed');
      const seconds = (ms: number) => Math.round(ms / 1000);
      console.info(
        `${script.id}: stated ${script.durationSeconds} s; every turn asked ${seconds(everything.totalMs)} s; ` +
          `kept to time ${seconds(run.totalMs)} s, left out ${leftOut(run).join(', ') || 'nothing'}`,
      );
      expect(run.totalMs).toBeLessThanOrEqual((script.durationSeconds ?? 0) * 1000);
      expect(asked(run).at(-1)).toBe('closing');
      const questionsAsked = Math.min(script.pool?.ask ?? Infinity, script.questions.length);
      expect(asked(run).filter((phase) => phase === 'question')).toHaveLength(questionsAsked);
    },
  );

  it.each(timedScripts.map((script) => [script.id, script] as const))(
    '%s ends within its duration plus a minute in soft mode',
    async (_, script) => {
      const run = await simulateInterview(script, 'soft');
      expect(run.totalMs).toBeLessThanOrEqual(((script.durationSeconds ?? 0) + 60) * 1000);
      expect(asked(run).at(-1)).toBe('closing');
    },
  );
});

describe('an interview with a stated duration, with a candidate who answers in a few seconds', () => {
  it('asks every follow-up and trap of the system-design script, since there is time for them', async () => {
    const systemDesign = timedScripts.find((script) => script.kind === 'system-design');
    if (systemDesign === undefined) throw new Error('No system-design script ships.');
    const run = await simulateInterview(systemDesign, 'strict', 'short');
    expect(leftOut(run)).toEqual([]);
    expect(asked(run)).toContain('trap');
  });
});

describe('the simulated candidates who answer thinly, or say everything', () => {
  const asyncAwait = timedScripts.find((script) => script.id === 'technical-deep-dive-async-await');

  it('probes every main answer of a short candidate, once', async () => {
    if (asyncAwait === undefined) throw new Error('content/ has no async/await script');
    const run = await simulateInterview(asyncAwait, 'strict', 'short');
    expect(run.turns.filter((turn) => turn.phase === 'probe')).toEqual([
      {
        phase: 'probe',
        asked: true,
        reason: 'Asked: answer 0:03 against a target of up to 10 min',
        seconds: 3,
      },
    ]);
  });

  it('leaves out each follow-up linked to a checkpoint the answer said, and asks the one linked to none', async () => {
    if (asyncAwait === undefined) throw new Error('content/ has no async/await script');
    const run = await simulateInterview(asyncAwait, 'strict', 'covers-all');
    const followUps = run.turns.filter((turn) => turn.phase === 'follow-up');
    expect(followUps.map((turn) => [turn.asked, turn.reason?.split(':')[0]])).toEqual([
      [true, 'Asked'],
      [false, 'Left out, covered at 0'],
      [false, 'Left out, covered at 0'],
      [false, 'Left out, covered at 0'],
    ]);
    expect(asked(run)).toContain('trap');
  });
});
