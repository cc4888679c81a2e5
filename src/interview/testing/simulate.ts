// Runs the real interview machine on a simulated clock with a scripted candidate, to see how long a
// script really runs and which turns the interviewer asks: the tests check it, `npm run simulate` prints it.
import type { Script } from '../../script/model.ts';
import { budgetSeconds } from '../../script/summary.ts';
import type { AnswerListener } from '../answer-listener.ts';
import { decisionText } from '../decision-text.ts';
import { buildPlan, questionTurnOf, type Phase } from '../plan.ts';
import { notFollowed, spoken } from './fake-listener.ts';
import type { TimingMode } from '../records.ts';
import { readingTimeMs } from '../timing.ts';
import { settle, startInterview } from './machine-harness.ts';

/**
 * full: uses every answer's whole budget; short: answers every turn in a few seconds; covers-all: uses the whole
 * budget and says every checkpoint of its question, so each follow-up that probes one is left out.
 */
export const simulatedCandidates = ['full', 'short', 'covers-all'] as const;
export type SimulatedCandidate = (typeof simulatedCandidates)[number];

/** A listener that hears, at once, a main answer saying every checkpoint of its question in the checkpoints' words. */
function everythingSaid(script: Script): AnswerListener {
  const turns = buildPlan(script, () => 0).turns;
  return {
    waitMs: 10_000,
    follow: () => notFollowed,
    close: () => undefined,
    hear: ({ turnIndex }) => {
      const questionIndex = turns[turnIndex]?.questionIndex;
      const checkpoints =
        questionIndex === undefined ? [] : (script.questions[questionIndex]?.checkpoints ?? []);
      return Promise.resolve(spoken(checkpoints.map((checkpoint) => checkpoint.text).join('. ')));
    },
  };
}

export interface SimulatedTurn {
  readonly phase: Phase;
  readonly asked: boolean;
  /** Why an optional turn was asked or left out. */
  readonly reason?: string;
  /** Answer time of an asked turn. */
  readonly seconds: number;
}

export interface SimulatedInterview {
  readonly totalMs: number;
  readonly turns: readonly SimulatedTurn[];
}

/** Time the interviewer takes for its "we need to move on" line in strict mode. */
const INTERRUPTION_MS = 2_000;
const SHORT_ANSWER_MS = 3_000;

export async function simulateInterview(
  script: Script,
  timing: TimingMode,
  candidate: SimulatedCandidate = 'full',
): Promise<SimulatedInterview> {
  const listener = candidate === 'covers-all' ? { listener: () => everythingSaid(script) } : {};
  const t = await startInterview(script, { timing, speech: true }, () => 0, listener);
  await t.begin();
  const startedAt = t.clock.now();
  for (let step = 0; step < 1_000 && !t.state().matches('done'); step++) {
    const snapshot = t.state();
    const turn = snapshot.context.plan.turns[snapshot.context.turnIndex];
    if (snapshot.matches({ running: 'asking' }) && turn !== undefined) {
      await t.speakPrompt(readingTimeMs(turn.text));
    } else if (snapshot.matches({ running: 'answering' }) && turn !== undefined) {
      t.clock.advance(candidate === 'short' ? SHORT_ANSWER_MS : budgetSeconds(turn.budget) * 1000);
      await settle();
      if (t.state().matches({ running: 'answering' })) t.send('user.done');
    } else if (snapshot.matches({ running: 'interrupting' })) {
      await t.speakPrompt(INTERRUPTION_MS);
    }
    await settle();
  }
  if (!t.state().matches('done'))
    throw new Error(`The interview did not end: ${JSON.stringify(t.state().value)}`);
  const { plan, outcomes, decisions } = t.state().context;
  return {
    totalMs: t.clock.now() - startedAt,
    turns: outcomes.map(({ turnIndex, answerMs }) => {
      const turn = plan.turns[turnIndex];
      const decision = decisions.find((d) => d.turnIndex === turnIndex);
      return {
        phase: turn?.phase ?? 'question',
        asked: decision?.asked ?? true,
        ...(decision === undefined
          ? {}
          : { reason: decisionText(decision, questionTurnOf(plan.turns, turn)) }),
        seconds: Math.round((answerMs ?? 0) / 1000),
      };
    }),
  };
}
