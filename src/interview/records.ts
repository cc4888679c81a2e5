import type { LevelSummary, RecordedChunk } from '../platform/microphone/microphone.ts';
import type { PracticeItemRef } from '../practice/item.ts';
import type { Script } from '../script/model.ts';
import type { InterviewPlan, Turn } from './plan.ts';

export const timingModes = ['strict', 'soft', 'untimed'] as const;
/** strict: interrupted at the limit; soft: overtime is counted; untimed: no limits at all. */
export type TimingMode = (typeof timingModes)[number];

/** What a session was started with; stored with it so the review knows the rules that applied. */
export interface SessionSettings {
  readonly timing: TimingMode;
  /** False: prompts are shown as captions only, and the turn goes on after a reading time. */
  readonly speech: boolean;
}

export type SessionStatus = 'in-progress' | 'finished' | 'aborted' | 'interrupted';

export interface NewSession {
  /**
   * Where the script came from, to find it again in the library; 'practice' for a practice session, whose
   * script was put together from the questions due that day (see `practice`).
   */
  readonly scriptSource: 'builtin' | 'imported' | 'practice';
  /** A copy of the script as it was, so the review never depends on the library. */
  readonly script: Script;
  readonly plan: InterviewPlan;
  readonly settings: SessionSettings;
  readonly startedAt: number;
  /** In a practice session: the question of the library each of the script's questions is, by index. */
  readonly practice?: readonly PracticeItemRef[];
}

/**
 * How a turn ended. 'limit': the strict limit interrupted it; 'abort': the interview was aborted;
 * 'interrupted': the app stopped mid-answer (browser closed or crashed, page left) and the answer was
 * rebuilt from what had been written by then.
 */
export type TurnEnd = 'done' | 'limit' | 'skip' | 'abort' | 'interrupted';

/** A section mark: when (answer-clock ms since the answer started, pauses excluded) the next section began. */
export type SectionMarks = readonly number[];

export interface NewAnswer {
  readonly sessionId: string;
  /** Index into the session's plan. */
  readonly turnIndex: number;
  readonly turn: Turn;
  /** When the interviewer started speaking the prompt. */
  readonly askedAt: number;
  /** When the prompt had been spoken (or read) and recording began. */
  readonly startedAt: number;
  readonly mimeType: string;
}

/** What the interview knows about an answer once its turn is over. */
export interface AnswerTiming {
  readonly endedAt: number;
  readonly endedBy: TurnEnd;
  /** Time spent paused during the answer. */
  readonly pausedMs: number;
  /** Answer-clock time beyond the limit (or the window's upper end); 0 when within it. */
  readonly overtimeMs: number;
  readonly sectionMarks: SectionMarks;
}

/** What the recorder knows about an answer once it has stopped. */
export interface AnswerAudio {
  readonly mimeType: string;
  readonly durationMs: number;
  readonly peaks: Int8Array;
  readonly levels: LevelSummary;
  readonly chunks: number;
}

/**
 * A follow-up or trap the interviewer left out to keep the interview inside its stated duration, as sessions
 * recorded before every decision was kept stored it (read through `decisionsOf`).
 */
export interface LeftOutTurn {
  /** Index into the session's plan. */
  readonly turnIndex: number;
  /** Time the interview had left when the turn came up. */
  readonly leftMs: number;
  /** What asking it, and then every required turn after it, would have taken. */
  readonly neededMs: number;
}

/** Why the interviewer asked an optional turn (follow-up, trap, probe) or left it out. */
export type DecisionReason =
  /** Left out: asking it, and every required turn after it, needed more than the time left. */
  | { readonly kind: 'time'; readonly leftMs: number; readonly neededMs: number }
  /** Left out: the main answer already covered every checkpoint the follow-up probes. */
  | {
      readonly kind: 'covered';
      readonly checkpoints: readonly string[];
      readonly quote: string;
      /** Answer-clock moment of the quote in the main answer. */
      readonly atMs: number;
    }
  /** Asked: the main answer's transcript did not show these probed checkpoints. */
  | { readonly kind: 'not-covered'; readonly checkpoints: readonly string[] }
  /** Asked: there was no transcript of the main answer to check in time. */
  | { readonly kind: 'coverage-unknown' }
  /** Asked: a follow-up that probes no checkpoint, or a trap (traps test depth whatever was covered). */
  | { readonly kind: 'time-allows' }
  /** A probe asked because the main answer was short, or left out because it was not. */
  | { readonly kind: 'thin' | 'not-thin'; readonly answerMs: number }
  /** A probe left out because the main answer was skipped or ran to its limit: not short. */
  | { readonly kind: 'not-answered' };

/** What the interviewer decided about one optional turn when it came up. */
export interface TurnDecision {
  /** Index into the session's plan. */
  readonly turnIndex: number;
  readonly asked: boolean;
  readonly reason: DecisionReason;
}

/**
 * A probe the answer did not need: kept with the decisions (the review lists it), but no turn of the
 * interview to show in its summary, where a row per question saying "not needed" would only be noise.
 */
export const probeNotNeeded = ({ asked, reason }: TurnDecision): boolean =>
  !asked && (reason.kind === 'not-thin' || reason.kind === 'not-answered');

/** The decisions of a session, from `decisions` or, for sessions recorded before them, its turns left out for time. */
export function decisionsOf(session: {
  readonly decisions?: readonly TurnDecision[];
  readonly leftOut?: readonly LeftOutTurn[];
}): readonly TurnDecision[] {
  return (
    session.decisions ??
    (session.leftOut ?? []).map(({ turnIndex, leftMs, neededMs }) => ({
      turnIndex,
      asked: false,
      reason: { kind: 'time', leftMs, neededMs },
    }))
  );
}

/** Persistence of interviews, as the interview engine needs it. Implemented by src/store on Dexie. */
export interface InterviewRecords {
  startSession(session: NewSession): Promise<string>;
  finishSession(
    sessionId: string,
    status: Exclude<SessionStatus, 'in-progress'>,
    endedAt: number,
    decisions?: readonly TurnDecision[],
  ): Promise<void>;
  /** Takes up an interrupted session again (it is in progress once more); rejects unless it is interrupted. */
  resumeSession(sessionId: string): Promise<void>;
  /**
   * Stores every decision taken so far, as soon as the interviewer takes them: an interview cut short by a
   * crash, even before the next answer began, keeps why each follow-up was asked or left out, and resumes
   * past the ones left out.
   */
  keepDecisions(sessionId: string, decisions: readonly TurnDecision[]): Promise<void>;
  startAnswer(answer: NewAnswer): Promise<string>;
  appendChunk(answerId: string, chunk: RecordedChunk): Promise<void>;
  /** Stores the timing; called when the turn ends, possibly before the audio is complete. */
  finishAnswerTiming(answerId: string, timing: AnswerTiming): Promise<void>;
  /** Stores duration, peaks and levels; called when the recorder has written its last chunk. */
  finishAnswerAudio(answerId: string, audio: AnswerAudio): Promise<void>;
}
