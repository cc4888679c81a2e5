// What the interview machine knows (its input and context) and the pure readings of it that its guards and
// actions share: the current turn, the answer's clock and timing, and where the interview goes next.
import type { Clock } from '../platform/clock/clock.ts';
import type { Microphone, MicrophoneProblem, OpenMicrophone } from '../platform/microphone/microphone.ts';
import type { Speech, SpeechFailure, SpeechOptions, VoiceInfo } from '../platform/speech/speech.ts';
import type { Script } from '../script/model.ts';
import { nextTurn, type MainAnswer, type NextTurn } from './next-turn.ts';
import { withTurnBudget, type InterviewPlan, type Turn } from './plan.ts';
import {
  probeNotNeeded,
  type AnswerTiming,
  type InterviewRecords,
  type NewSession,
  type SessionSettings,
  type TurnDecision,
  type TurnEnd,
} from './records.ts';
import { coverageOf } from '../analysis/coverage.ts';
import type { TimedWord } from '../analysis/tokens.ts';
import { recognitionLanguage } from '../transcription/recognition-language.ts';
import type { AlarmInput, FinishSessionInput, ListenInput, StartSessionInput } from './actors.ts';
import type { AnswerListener } from './answer-listener.ts';
import {
  absoluteTimeOf,
  elapsedMs,
  limitMs,
  milestones,
  nextMilestone,
  overtimeMs,
  type AnswerClock,
  type TimingStage,
} from './timing.ts';

/** The platform services an interview runs on: real ones in the app, fakes in tests. */
export interface InterviewServices {
  readonly clock: Clock;
  readonly speech: Speech;
  readonly microphone: Microphone;
  readonly records: InterviewRecords;
  /** The user's voice, rate and volume for a language. */
  readonly speechOptions: (language: string) => SpeechOptions;
  /** Hears a main answer before its follow-ups are chosen; absent when transcription is off or has no model. */
  readonly listener?: AnswerListener | undefined;
}

export interface InterviewInput {
  readonly services: InterviewServices;
  readonly script: Script;
  readonly scriptSource: NewSession['scriptSource'];
  /** In a practice session: where each question comes from, stored with the session. */
  readonly practice?: NewSession['practice'];
  readonly plan: InterviewPlan;
  readonly settings: SessionSettings;
  /** Continues an interrupted session (with its own plan and settings) at a turn, instead of starting one. */
  readonly resume?:
    | {
        readonly sessionId: string;
        readonly turnIndex: number;
        /** The decisions stored before it stopped: the session keeps them, and the interviewer goes on from them. */
        readonly decisions?: readonly TurnDecision[];
      }
    | undefined;
}

/** Something that stopped the interview or needs the user's attention. */
export type InterviewProblem =
  | { readonly kind: 'microphone'; readonly problem: MicrophoneProblem; readonly message: string }
  | { readonly kind: 'microphone-lost'; readonly message: string }
  | { readonly kind: 'storage'; readonly message: string };

/** How a finished turn went, for the summary at the end. */
export interface TurnOutcome extends AnswerTiming {
  readonly turnIndex: number;
  /** Answer-clock time of the answer; absent when the turn was skipped before the answer began. */
  readonly answerMs?: number;
}

export interface InterviewContext extends InterviewInput {
  /** The open microphone, held only so the page can show its level; the machine never calls it. */
  readonly microphone?: OpenMicrophone | undefined;
  readonly problem?: InterviewProblem | undefined;
  readonly voiceCheck?: { readonly voice: VoiceInfo } | { readonly failed: SpeechFailure } | undefined;
  readonly sessionId?: string | undefined;
  readonly startedAt?: number | undefined;
  readonly turnIndex: number;
  /** When the interviewer began the current prompt. */
  readonly askedAt?: number | undefined;
  /** The voice speaking the current prompt, when it is spoken. */
  readonly voice?: VoiceInfo | undefined;
  readonly answerClock?: AnswerClock | undefined;
  readonly stage: TimingStage;
  readonly sectionMarks: readonly number[];
  /** Answers whose recording is still being written. */
  readonly pendingSaves: number;
  readonly outcomes: readonly TurnOutcome[];
  /** What the interviewer decided about each optional turn that came up, and why. */
  readonly decisions: readonly TurnDecision[];
  /** The latest question's main answer, which the optional turns after it are chosen by. */
  readonly mainAnswer?: MainAnswer | undefined;
  /** The turn whose answer the interviewer last listened to, so it listens once per answer. */
  readonly listenedTo?: number | undefined;
  readonly status: 'finished' | 'aborted';
  readonly endedAt?: number | undefined;
}

/** The current turn; the machine only asks while turnIndex is inside the plan. */
export function currentTurn(context: Pick<InterviewContext, 'plan' | 'turnIndex'>): Turn {
  const turn = context.plan.turns[context.turnIndex];
  if (turn === undefined)
    throw new Error(`No turn ${context.turnIndex} in a plan of ${context.plan.turns.length}.`);
  return turn;
}

export const clockOf = (context: InterviewContext): AnswerClock =>
  context.answerClock ?? { startedAt: context.askedAt ?? 0, pausedMs: 0 };

/** The answer's timing when it ends at `endedAt` (for a strict limit: the limit's time, not when the tab woke). */
export function timingAt(context: InterviewContext, endedAt: number, endedBy: TurnEnd): AnswerTiming {
  const clock = clockOf(context);
  const pausedMs = clock.pausedMs + (clock.pausedAt === undefined ? 0 : endedAt - clock.pausedAt);
  const answerMs = elapsedMs(clock, endedAt);
  return {
    endedAt,
    endedBy,
    pausedMs,
    overtimeMs: overtimeMs(currentTurn(context).budget, context.settings.timing, answerMs),
    sectionMarks: context.sectionMarks,
  };
}

/** When the strict limit of the current answer falls, as an absolute time. */
export function limitTime(context: InterviewContext): number {
  const limit = limitMs(currentTurn(context).budget, context.settings.timing) ?? 0;
  return absoluteTimeOf(clockOf(context), limit);
}

/** Where the interview goes after turn `current`, given the time it has used so far. */
export function nextOf(
  context: Pick<InterviewContext, 'plan' | 'script' | 'settings' | 'mainAnswer'>,
  current: number,
  elapsedMs: number,
): NextTurn {
  return nextTurn({
    turns: context.plan.turns,
    current,
    elapsedMs,
    durationSeconds: context.script.durationSeconds,
    timing: context.settings.timing,
    mainAnswer: context.mainAnswer,
  });
}

/** The main answer as it ended, when the current turn is a question; otherwise the one known before. */
export function mainAnswerOf(
  context: InterviewContext,
  endedBy: TurnEnd,
  answerMs: number | undefined,
): MainAnswer | undefined {
  const turn = currentTurn(context);
  if (turn.phase !== 'question') return context.mainAnswer;
  return {
    questionNumber: turn.questionNumber ?? 0,
    endedBy,
    ...(answerMs === undefined ? {} : { answerMs }),
  };
}

/** A turn that ended before its answer began: skipped by the candidate, or left out by the interviewer. */
export const skippedOutcome = (turnIndex: number, endedAt: number): TurnOutcome => ({
  turnIndex,
  endedAt,
  endedBy: 'skip',
  pausedMs: 0,
  overtimeMs: 0,
  sectionMarks: [],
});

/** The context after moving on to the next turn worth asking, with the decisions taken on the way. */
export function advanced(context: InterviewContext) {
  const { turnIndex, budget, decisions } = nextOf(context, context.turnIndex, elapsedOf(context));
  const now = context.services.clock.now();
  const leftOut = decisions.filter((decision) => !decision.asked && !probeNotNeeded(decision));
  return {
    turnIndex: turnIndex ?? context.plan.turns.length,
    plan:
      turnIndex === undefined || budget === undefined
        ? context.plan
        : withTurnBudget(context.plan, turnIndex, budget),
    stage: 'on-time' as const,
    outcomes: [...context.outcomes, ...leftOut.map((decision) => skippedOutcome(decision.turnIndex, now))],
    decisions: [...context.decisions, ...decisions],
  };
}

export const elapsedOf = (context: InterviewContext): number => {
  const now = context.services.clock.now();
  return now - (context.startedAt ?? now);
};

/** The plan with the first turn asked fitted into the interview's stated duration. */
export function initialPlan(input: InterviewInput): InterviewPlan {
  const first = input.resume?.turnIndex ?? 0;
  // The first turn is asked whatever it is (a resumed interview goes on where it stopped): only its budget
  // is fitted, and only when the choice falls on it.
  const { turnIndex, budget } = nextOf(input, first - 1, 0);
  return turnIndex !== first || budget === undefined ? input.plan : withTurnBudget(input.plan, first, budget);
}

/** What starting (or resuming) the session stores: the script, plan and settings it runs with. */
export function startSessionInput(
  context: InterviewContext,
  event: { readonly at?: number },
): StartSessionInput {
  return {
    records: context.services.records,
    resumeSessionId: context.resume?.sessionId,
    session: {
      scriptSource: context.scriptSource,
      ...(context.practice === undefined ? {} : { practice: context.practice }),
      script: context.script,
      plan: context.plan,
      settings: context.settings,
      startedAt: event.at ?? context.services.clock.now(),
    },
  };
}

/** Closing the session with how it ended and every decision the interviewer took. */
export function finishSessionInput(
  context: InterviewContext,
  status: FinishSessionInput['status'],
): FinishSessionInput {
  return {
    records: context.services.records,
    // Always started by then: the machine finishes only from running, and stops without a session straight away.
    sessionId: context.sessionId ?? '',
    status,
    endedAt: context.services.clock.now(),
    decisions: context.decisions,
  };
}

/** The alarm for the current answer's next milestone (warning, limit), or none when all have passed. */
export function milestoneAlarm(context: InterviewContext): AlarmInput {
  const clock = clockOf(context);
  const list = milestones(currentTurn(context).budget, context.settings.timing);
  const next = nextMilestone(list, elapsedMs(clock, context.services.clock.now()));
  return {
    clock: context.services.clock,
    alarm: 'milestone',
    ...(next === undefined ? {} : { at: absoluteTimeOf(clock, next.atMs) }),
  };
}

/**
 * What the interviewer can listen to before choosing the current question's follow-ups: its main answer,
 * when a listener is there, the candidate answered it (done, or cut at the limit), Viva transcribes its
 * language, and some follow-up of it probes a checkpoint. Undefined otherwise.
 */
export function listenInputOf(context: InterviewContext): ListenInput | undefined {
  const { listener } = context.services;
  const turn = context.plan.turns[context.turnIndex];
  const language = recognitionLanguage(turn?.language ?? '');
  const ended = context.mainAnswer?.endedBy;
  const linked = context.plan.turns.some(
    (later) => later.questionNumber === turn?.questionNumber && (later.probes?.length ?? 0) > 0,
  );
  if (listener === undefined || turn?.phase !== 'question' || language === undefined || !linked)
    return undefined;
  if (ended !== 'done' && ended !== 'limit') return undefined;
  return {
    listener,
    request: { sessionId: context.sessionId ?? '', turnIndex: context.turnIndex, language },
  };
}

/** The main answer with what its words covered of its question's checkpoints (the review's own analysis). */
export function heard(context: InterviewContext, words: readonly TimedWord[]): MainAnswer | undefined {
  const turn = currentTurn(context);
  const question =
    turn.questionIndex === undefined ? undefined : context.script.questions[turn.questionIndex];
  const language = recognitionLanguage(turn.language);
  if (context.mainAnswer === undefined || question === undefined || language === undefined)
    return context.mainAnswer;
  const checkpoints = question.checkpoints.map((checkpoint) => checkpoint.text);
  return { ...context.mainAnswer, coverage: coverageOf(checkpoints, words, language) };
}

/** Whether the interviewer should listen now: it can, and has not yet for this answer. */
export const shouldListen = (context: InterviewContext): boolean =>
  context.listenedTo !== context.turnIndex && listenInputOf(context) !== undefined;

/** The wait for a main answer's words, from the listener's setting. */
export const listeningAlarm = (context: InterviewContext): AlarmInput => ({
  clock: context.services.clock,
  alarm: 'listening',
  afterMs: context.services.listener?.waitMs ?? 0,
});
