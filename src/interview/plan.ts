import type { Budget, CodeSample, Prompt, Question, Script } from '../script/model.ts';
import { budgetSeconds } from '../script/summary.ts';
import { probeLine } from './phrases.ts';

/** 'probe': the interviewer's "could you go deeper?" after a main answer far under its target. */
export const phases = ['opening', 'question', 'probe', 'follow-up', 'trap', 'closing'] as const;
export type Phase = (typeof phases)[number];

/** A planned part of the main answer, from a checkpoint with minutes (system design: clarify 5, diagram 10, …). */
export interface PlannedSection {
  readonly title: string;
  readonly seconds: number;
}

/** One exchange of the interview: the interviewer says `text`, the candidate answers within `budget`. */
export interface Turn {
  readonly phase: Phase;
  /** The words spoken and shown as the caption. */
  readonly text: string;
  /** BCP-47 tag the prompt is spoken in. */
  readonly language: string;
  readonly budget: Budget;
  /** 1-based number of the question this turn belongs to among those asked; absent in opening and closing. */
  readonly questionNumber?: number;
  /** Index of the question in the script, so attempts of one question can be compared across sessions. */
  readonly questionIndex?: number;
  readonly questionTitle?: string;
  /**
   * Which of its question's follow-ups or traps a follow-up or trap turn is (0-based), so the review finds
   * its prompt by reference, not by comparing texts (two with the same text would be confused). Absent in
   * other turns, and in interviews recorded before it was kept.
   */
  readonly promptIndex?: number;
  /**
   * The checkpoints of its question a follow-up probes (0-based): when the main answer covered them all, it is
   * not asked. Absent when it probes none in particular.
   */
  readonly probes?: readonly number[];
  /** Shown on screen, never read out. */
  readonly code?: CodeSample;
  /** Timed sections of the main answer; empty when the question has no checkpoints with minutes. */
  readonly sections: readonly PlannedSection[];
}

/** The turns of one interview, and how many questions it asks. */
export interface InterviewPlan {
  readonly turns: readonly Turn[];
  readonly questionCount: number;
  /** The whole interview's budget in seconds. */
  readonly budgetSeconds: number;
}

/** Returns a number in [0, 1), like Math.random; injected so that shuffled pools can be tested. */
export type Random = () => number;

/** The questions a session asks: all of them, or N of a pool (the first N, or N drawn at random). */
export function pickQuestions(script: Script, random: Random): readonly number[] {
  const all = script.questions.map((_, index) => index);
  if (script.pool === undefined) return all;
  const count = Math.min(script.pool.ask, all.length);
  if (script.pool.order === 'in order') return all.slice(0, count);
  // Fisher–Yates on a copy: every question is equally likely, and the draw is in random order.
  const shuffled = [...all];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const picked = shuffled[j];
    const last = shuffled[i];
    if (picked !== undefined && last !== undefined) {
      shuffled[i] = picked;
      shuffled[j] = last;
    }
  }
  return shuffled.slice(0, count);
}

function turnOf(script: Script, phase: Phase, prompt: Prompt, extra: Partial<Turn> = {}): Turn {
  return {
    phase,
    text: prompt.text,
    language: prompt.language ?? script.language,
    budget: prompt.budget,
    sections: [],
    ...extra,
  };
}

function sectionsOf(question: Question): readonly PlannedSection[] {
  const timed = question.checkpoints.filter((c) => c.seconds !== undefined);
  // Sections only make sense when every part of the answer has its minutes (system design: 5/10/20/5/3/2).
  if (timed.length < 2 || timed.length !== question.checkpoints.length) return [];
  return timed.map((c) => ({ title: c.text, seconds: c.seconds ?? 0 }));
}

/** The answer to "Could you go deeper on that?": a minute to add what the main answer left out. */
const PROBE_BUDGET: Budget = { kind: 'limit', seconds: 60 };

/**
 * Turns a script into the turns of one session: opening, each asked question with its probe, follow-ups and
 * traps, closing. The probe, follow-ups and traps are candidates: the interviewer asks them only when they
 * are worth it and fit (next-turn.ts), so every turn keeps its place in the plan whether asked or not.
 */
export function buildPlan(script: Script, random: Random): InterviewPlan {
  const asked = pickQuestions(script, random);
  const questionTurns = asked.flatMap((questionIndex, position) => {
    const question = script.questions[questionIndex];
    if (question === undefined) return [];
    const about = { questionNumber: position + 1, questionIndex, questionTitle: question.title };
    const main = turnOf(script, 'question', question.prompt, {
      ...about,
      ...(question.code === undefined ? {} : { code: question.code }),
      sections: sectionsOf(question),
    });
    return [
      main,
      {
        phase: 'probe',
        ...probeLine(main.language),
        budget: PROBE_BUDGET,
        sections: [],
        ...about,
      } satisfies Turn,
      ...question.followUps.map((p, promptIndex) =>
        turnOf(script, 'follow-up', p, {
          ...about,
          promptIndex,
          ...(p.probes === undefined ? {} : { probes: p.probes }),
        }),
      ),
      ...question.traps.map((p, promptIndex) => turnOf(script, 'trap', p, { ...about, promptIndex })),
    ];
  });
  const turns = [
    turnOf(script, 'opening', script.opening),
    ...questionTurns,
    turnOf(script, 'closing', script.closing),
  ];
  // A probe only follows an answer that left more than its minute unused: it adds nothing to the plan's length.
  const planned = turns
    .filter((turn) => turn.phase !== 'probe')
    .reduce((sum, turn) => sum + budgetSeconds(turn.budget), 0);
  return { turns, questionCount: asked.length, budgetSeconds: script.durationSeconds ?? planned };
}

/** The main question a probe, follow-up or trap belongs to. */
export const questionTurnOf = (turns: readonly Turn[], turn: Turn | undefined): Turn | undefined =>
  turns.find((t) => t.phase === 'question' && t.questionNumber === turn?.questionNumber);

/** The plan with one turn's budget replaced (the interviewer shortened it to keep the interview on time). */
export function withTurnBudget(plan: InterviewPlan, index: number, budget: Budget): InterviewPlan {
  const turn = plan.turns[index];
  if (turn === undefined || turn.budget === budget) return plan;
  return { ...plan, turns: plan.turns.with(index, { ...turn, budget }) };
}
