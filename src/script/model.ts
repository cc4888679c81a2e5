/**
 * The Script model: what an interview script means once its Markdown has been read.
 * Everything here is plain data so that it can be stored in IndexedDB, exported and compared.
 */

/** How long an answer may take: a hard limit, or a target window (under min is short, over max is long). */
export type Budget =
  | { readonly kind: 'limit'; readonly seconds: number }
  | { readonly kind: 'window'; readonly minSeconds: number; readonly maxSeconds: number };

/** Something the interviewer says, and how the candidate's answer to it is judged. */
export interface Prompt {
  /** The words the interviewer speaks, in the prompt's language. */
  readonly text: string;
  /** BCP-47 tag, only where the prompt's language differs from the script's. */
  readonly language?: string;
  readonly budget: Budget;
  /** What the interviewer wants to hear; revealed after answering. */
  readonly hints: readonly string[];
  /** A model answer, revealed after answering. */
  readonly modelAnswer?: string;
  /**
   * For a follow-up: the checkpoints of its question it probes (0-based). When the main answer covered them
   * all, the interviewer leaves it out. Absent when it probes none in particular.
   */
  readonly probes?: readonly number[];
}

/** A point the candidate's main answer is expected to cover, optionally with its own minutes. */
export interface Checkpoint {
  readonly text: string;
  readonly seconds?: number;
}

/** Code shown on screen with a question; never read out. */
export interface CodeSample {
  /** The fence's info string, e.g. `csharp`; empty when none was given. */
  readonly language: string;
  readonly source: string;
}

export interface Question {
  /** A short name for lists and the plan. */
  readonly title: string;
  readonly prompt: Prompt;
  /** How long the interviewer plans to take presenting the question (seed 004's "Question (1 minute)"). */
  readonly askSeconds?: number;
  readonly code?: CodeSample;
  readonly checkpoints: readonly Checkpoint[];
  readonly followUps: readonly Prompt[];
  readonly traps: readonly Prompt[];
  readonly rubric: readonly string[];
}

export const questionOrders = ['in order', 'shuffled'] as const;
export type QuestionOrder = (typeof questionOrders)[number];

/** "Ask N of these": the script's questions form a pool from which N are asked. */
export interface QuestionPool {
  readonly ask: number;
  readonly order: QuestionOrder;
}

export const scriptKinds = [
  'system-design',
  'technical',
  'architecture',
  'problem-solving',
  'code-review',
  'behavioral',
  'screening',
] as const;
export type ScriptKind = (typeof scriptKinds)[number];

export interface Script {
  /** Lowercase letters, digits and dashes; unique within a library. */
  readonly id: string;
  readonly title: string;
  readonly kind: ScriptKind;
  /** BCP-47 tag of the language the interviewer speaks. */
  readonly language: string;
  /** The interviewer's name or role. */
  readonly interviewer: string;
  /** The whole interview's budget, where the script states one. */
  readonly durationSeconds?: number;
  readonly description?: string;
  readonly opening: Prompt;
  readonly questions: readonly Question[];
  readonly pool?: QuestionPool;
  readonly closing: Prompt;
  /** Questions the candidate may ask the interviewer, offered in the closing phase. */
  readonly candidateQuestions: readonly string[];
  /** Rubric for the whole interview (each question may have its own too). */
  readonly rubric: readonly string[];
}
