import type { Budget, Prompt, Question, Script } from './model.ts';

/** The time a budget allows: the limit, or the upper end of a target window. */
export function budgetSeconds(budget: Budget): number {
  return budget.kind === 'limit' ? budget.seconds : budget.maxSeconds;
}

/** Figures about one script: counts over the whole script and its planned times. */
export interface ScriptSummary {
  readonly questions: number;
  readonly followUps: number;
  readonly traps: number;
  readonly checkpoints: number;
  /** One entry per checkpoint, in order; null where a checkpoint has no minutes of its own. */
  readonly checkpointSeconds: readonly (number | null)[];
  readonly rubric: number;
  readonly openingSeconds: number;
  readonly closingSeconds: number;
  /** The sum of every answer budget the interview plans to ask (only N questions of a pool). */
  readonly plannedSeconds: number;
  /** The script's stated duration, or the planned sum where it states none. */
  readonly totalSeconds: number;
}

const sumOf = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0);
const answerSeconds = (prompts: readonly Prompt[]): number =>
  sumOf(prompts.map((p) => budgetSeconds(p.budget)));

/** The answer time one question plans: its prompt's budget, its follow-ups' and its traps'. */
export function questionSeconds(question: Question): number {
  return (
    budgetSeconds(question.prompt.budget) + answerSeconds(question.followUps) + answerSeconds(question.traps)
  );
}

/** Counts and times of a script, as `check:content` prints them and the library shows them. */
export function summarizeScript(script: Script): ScriptSummary {
  const { questions } = script;
  const perQuestion = questions.map(questionSeconds);
  // A pool asks only N questions; plan with the average question so the figure does not depend on the draw.
  const asked = script.pool?.ask ?? questions.length;
  const questionsSeconds =
    questions.length === 0 ? 0 : Math.round((sumOf(perQuestion) / questions.length) * asked);
  const openingSeconds = budgetSeconds(script.opening.budget);
  const closingSeconds = budgetSeconds(script.closing.budget);
  const plannedSeconds = openingSeconds + questionsSeconds + closingSeconds;
  const checkpoints = questions.flatMap((q) => q.checkpoints);
  return {
    questions: questions.length,
    followUps: sumOf(questions.map((q) => q.followUps.length)),
    traps: sumOf(questions.map((q) => q.traps.length)),
    checkpoints: checkpoints.length,
    checkpointSeconds: checkpoints.map((c) => c.seconds ?? null),
    rubric: script.rubric.length + sumOf(questions.map((q) => q.rubric.length)),
    openingSeconds,
    closingSeconds,
    plannedSeconds,
    totalSeconds: script.durationSeconds ?? plannedSeconds,
  };
}

/** A duration for people: `45 s`, `2 min`, `17 min 18 s`, `1 h 15 min` (decimal minutes read badly: "17.3 min"). */
export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) {
    const rest = whole % 60;
    const minutes = `${Math.floor(whole / 60)} min`;
    return rest === 0 ? minutes : `${minutes} ${rest} s`;
  }
  const totalMinutes = Math.round(whole / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** A budget for people: `up to 2 min` or `2–3 min`. */
export function formatBudget(budget: Budget): string {
  if (budget.kind === 'limit') return `up to ${formatSeconds(budget.seconds)}`;
  const { minSeconds, maxSeconds } = budget;
  if (minSeconds % 60 === 0 && maxSeconds % 60 === 0) return `${minSeconds / 60}–${maxSeconds / 60} min`;
  return `${formatSeconds(minSeconds)} – ${formatSeconds(maxSeconds)}`;
}
