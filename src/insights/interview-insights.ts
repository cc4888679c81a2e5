import type { AnswerInsights } from './answer-insights.ts';

/** The audio insights of a whole interview. */
export interface InterviewInsights {
  /** Mean over the answers in which the candidate spoke; undefined when none. */
  readonly meanThinkTimeMs: number | undefined;
  /** Talk as a share (0–1) of all recorded time; undefined when nothing was recorded. */
  readonly talkRatio: number | undefined;
  /** Pauses over 2 s, over all answers. */
  readonly pauseCount: number;
  /** 0 when there was none. */
  readonly longestPauseMs: number;
  /** Answers in which the candidate spoke and landed within the window or the limit. */
  readonly answersOnTarget: number;
  /** Answers judged against their budget: every one given. */
  readonly answersTimed: number;
}

/** Sums up the per-answer insights of one interview. */
export function interviewInsights(perAnswer: readonly AnswerInsights[]): InterviewInsights {
  const thinkTimes = perAnswer.flatMap((answer) =>
    answer.thinkTimeMs === undefined ? [] : [answer.thinkTimeMs],
  );
  const talkMs = perAnswer.reduce((sum, answer) => sum + answer.talkMs, 0);
  const recordedMs = talkMs + perAnswer.reduce((sum, answer) => sum + answer.silenceMs, 0);
  const onTarget = perAnswer.filter(
    (answer) => answer.target.verdict === 'on-target' || answer.target.verdict === 'within-limit',
  );
  return {
    meanThinkTimeMs:
      thinkTimes.length === 0 ? undefined : thinkTimes.reduce((sum, ms) => sum + ms, 0) / thinkTimes.length,
    talkRatio: recordedMs === 0 ? undefined : talkMs / recordedMs,
    pauseCount: perAnswer.reduce((sum, answer) => sum + answer.pauses.count, 0),
    longestPauseMs: Math.max(0, ...perAnswer.map((answer) => answer.pauses.longestMs)),
    answersOnTarget: onTarget.length,
    answersTimed: perAnswer.length,
  };
}
