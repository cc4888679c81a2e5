import type { Budget, CodeSample } from '../script/model.ts';

export const phases = ['opening', 'question', 'follow-up', 'trap', 'closing'] as const;
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
