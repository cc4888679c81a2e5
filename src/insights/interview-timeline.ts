import { phaseLabel } from '../interview/phase-label.ts';
import type { Phase, Turn } from '../interview/plan.ts';
import type { AnswerAudio, AnswerTiming, NewAnswer, TurnEnd } from '../interview/records.ts';
import { sectionTimings, type SectionTiming } from './section-timing.ts';

/** What the timeline needs of a stored answer; the timing and audio are absent if the app stopped mid-answer. */
export interface TimelineAnswer extends Pick<NewAnswer, 'turnIndex' | 'startedAt'> {
  readonly timing?: AnswerTiming | undefined;
  readonly audio?: Pick<AnswerAudio, 'durationMs'> | undefined;
}

/** One turn of the interview, planned against actual. */
export interface TimelineTurn {
  readonly turnIndex: number;
  readonly phase: Phase;
  /** "Opening", "Question 2 of 5", "Follow-up on question 2 of 5", … */
  readonly label: string;
  /** The limit, or the window's upper end. */
  readonly plannedMs: number;
  /** Answer-clock time, pauses excluded; undefined when skipped or nothing of it was kept. */
  readonly actualMs: number | undefined;
  readonly overtimeMs: number;
  /** Undefined when skipped, or when the app stopped before the turn ended. */
  readonly endedBy: TurnEnd | undefined;
  /** True when the turn has no answer: skipped before the answer began, or never reached. */
  readonly skipped: boolean;
  /** The main answer's sections, planned against actual; empty for a turn without sections or answer time. */
  readonly sections: readonly SectionTiming[];
}

export interface InterviewTimeline {
  readonly turns: readonly TimelineTurn[];
  readonly totals: { readonly plannedMs: number; readonly actualMs: number; readonly overtimeMs: number };
}

/** The answer clock at the end of the turn; the recording's length stands in when the timing was never stored. */
function actualMsOf(answer: TimelineAnswer): number | undefined {
  const { timing } = answer;
  if (timing !== undefined) return Math.max(0, timing.endedAt - answer.startedAt - timing.pausedMs);
  return answer.audio?.durationMs;
}

function timelineTurn(
  turn: Turn,
  turnIndex: number,
  questionCount: number,
  answer?: TimelineAnswer,
): TimelineTurn {
  const plannedMs = (turn.budget.kind === 'limit' ? turn.budget.seconds : turn.budget.maxSeconds) * 1000;
  const actualMs = answer === undefined ? undefined : actualMsOf(answer);
  // The stored overtime follows the session's timing mode (none when untimed); without it, the plan decides.
  const overtimeMs = answer?.timing?.overtimeMs ?? Math.max(0, (actualMs ?? 0) - plannedMs);
  return {
    turnIndex,
    phase: turn.phase,
    label: phaseLabel(turn, questionCount),
    plannedMs,
    actualMs,
    overtimeMs,
    endedBy: answer?.timing?.endedBy,
    skipped: answer === undefined,
    sections:
      actualMs === undefined
        ? []
        : sectionTimings(turn.sections, answer?.timing?.sectionMarks ?? [], actualMs),
  };
}

/** Every turn of an interview with its planned and actual time, and the totals. */
export function interviewTimeline(
  turns: readonly Turn[],
  answers: readonly TimelineAnswer[],
): InterviewTimeline {
  // One answer per turn; should a turn have been stored twice, the later one is what happened.
  const byTurn = new Map(answers.map((answer) => [answer.turnIndex, answer]));
  const questionCount = Math.max(0, ...turns.map((turn) => turn.questionNumber ?? 0));
  const rows = turns.map((turn, index) => timelineTurn(turn, index, questionCount, byTurn.get(index)));
  return {
    turns: rows,
    totals: {
      plannedMs: rows.reduce((sum, row) => sum + row.plannedMs, 0),
      actualMs: rows.reduce((sum, row) => sum + (row.actualMs ?? 0), 0),
      overtimeMs: rows.reduce((sum, row) => sum + row.overtimeMs, 0),
    },
  };
}
