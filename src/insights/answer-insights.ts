import type { AnswerTiming } from '../interview/records.ts';
import type { Budget } from '../script/model.ts';
import { runsOf } from './runs.ts';
import { targetVerdict, type TargetResult } from './target.ts';
import { FRAME_MS, voicedFrames } from './voice-activity.ts';

/** Silences longer than this between words are counted as pauses: long enough to be heard as one. */
export const LONG_PAUSE_MS = 2_000;

/** A silence within an answer, in ms since the recording started. */
export interface Pause {
  readonly startMs: number;
  readonly endMs: number;
}

export interface AnswerInsightsInput {
  /** The recording's peaks: min, max pairs, 50 a second. */
  readonly peaks: Int8Array;
  /** The recording's exact length, pauses excluded. */
  readonly durationMs: number;
  readonly budget: Budget;
  /** How the turn ended, once known: a strict limit that cut the answer off makes it over. */
  readonly timing?: Pick<AnswerTiming, 'endedBy'> | undefined;
}

/** What one answer's audio says about how it was spoken. */
export interface AnswerInsights {
  /** From the end of the question (the recording's start) to the first speech; undefined when nobody spoke. */
  readonly thinkTimeMs: number | undefined;
  readonly talkMs: number;
  /** Everything that is not talk, think time and the silence after the last word included. */
  readonly silenceMs: number;
  /** Silences over 2 s between the first and the last speech. */
  readonly pauses: { readonly count: number; readonly longestMs: number; readonly list: readonly Pause[] };
  /** The answer's length, from its start to the end of its last speech, against the budget. */
  readonly target: TargetResult;
}

/** Think time, talk and silence, long pauses and the verdict against the budget, from an answer's peaks. */
export function answerInsights({ peaks, durationMs, budget, timing }: AnswerInsightsInput): AnswerInsights {
  // Frames and the measured duration may differ by a frame or so; the duration is the exact one.
  const msOf = (frames: number): number => Math.min(frames * FRAME_MS, durationMs);
  const runs = runsOf(voicedFrames(peaks));
  const speech = runs.filter((run) => run.voiced);
  const first = speech[0];
  const last = speech.at(-1);
  const talkMs = msOf(speech.reduce((sum, run) => sum + run.end - run.start, 0));
  // Runs alternate, so a silent run that is neither the first nor the last lies between two stretches of
  // speech. Leading silence is think time and trailing silence the way to the Done key: neither is a pause.
  const list = runs
    .slice(1, -1)
    .filter((run) => !run.voiced)
    .map((run) => ({ startMs: msOf(run.start), endMs: msOf(run.end) }))
    .filter((pause) => pause.endMs - pause.startMs > LONG_PAUSE_MS);
  return {
    thinkTimeMs: first === undefined ? undefined : msOf(first.start),
    talkMs,
    silenceMs: Math.max(0, durationMs - talkMs),
    pauses: {
      count: list.length,
      longestMs: Math.max(0, ...list.map((pause) => pause.endMs - pause.startMs)),
      list,
    },
    // Judged to the end of the last word, so the second it takes to press Done does not make an answer long.
    target: targetVerdict(budget, last === undefined ? 0 : msOf(last.end), timing?.endedBy === 'limit'),
  };
}
