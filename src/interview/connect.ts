import type { SnapshotFrom } from 'xstate';
import type { OpenMicrophone } from '../platform/microphone/microphone.ts';
import type { Budget } from '../script/model.ts';
import type { UserEventType } from './events.ts';
import {
  currentTurn,
  type InterviewContext,
  type InterviewProblem,
  type TurnOutcome,
} from './machine-context.ts';
import type { interviewMachine } from './machine.ts';
import { phaseLabel, turnPosition } from './phase-label.ts';
import type { PlannedSection, Turn } from './plan.ts';
import type { TimingMode, TurnDecision } from './records.ts';
import type { AnswerClock, TimingStage } from './timing.ts';

/** Where the interview is, in the words of the page rather than of the machine's states. */
export type InterviewStep =
  | 'opening-microphone'
  | 'microphone-failed'
  | 'ready'
  | 'starting'
  | 'asking'
  | 'reading'
  | 'answering'
  | 'paused'
  | 'interrupting'
  | 'listening'
  | 'finishing'
  | 'done'
  | 'failed';

/** What the page shows and may do at this moment; everything else about the machine stays hidden. */
export interface InterviewView {
  readonly step: InterviewStep;
  readonly speaker: 'interviewer' | 'candidate' | 'nobody';
  readonly turn: Turn | undefined;
  readonly turnIndex: number;
  readonly turns: readonly Turn[];
  /** The turn's number and how many turns the interview has, left-out turns not counted (see turnPosition). */
  readonly turnNumber: number;
  readonly turnCount: number;
  readonly questionCount: number;
  /** "Opening", "Question 2 of 5", "Follow-up on question 2", … */
  readonly phaseLabel: string;
  readonly voiceName: string | undefined;
  readonly budget: Budget | undefined;
  readonly timing: TimingMode;
  readonly stage: TimingStage;
  readonly answerClock: AnswerClock | undefined;
  readonly sections: readonly PlannedSection[];
  readonly sectionMarks: readonly number[];
  readonly microphone: OpenMicrophone | undefined;
  /** Resume was pressed after the device was lost, and the browser is asked for it again. */
  readonly reopeningMicrophone: boolean;
  readonly problem: InterviewProblem | undefined;
  readonly voiceCheck: InterviewContext['voiceCheck'];
  readonly testingVoice: boolean;
  readonly sessionId: string | undefined;
  readonly sessionStartedAt: number | undefined;
  /** The whole interview's budget, in seconds. */
  readonly budgetSeconds: number;
  readonly outcomes: readonly TurnOutcome[];
  /** What the interviewer decided about each optional turn that came up, and why. */
  readonly decisions: readonly TurnDecision[];
  readonly status: InterviewContext['status'];
  /** Which commands do something now; the page offers buttons and shortcuts from this. */
  readonly can: Readonly<Record<InterviewCommand, boolean>>;
}

type InterviewSnapshot = SnapshotFrom<typeof interviewMachine>;

const stepMatchers: readonly [InterviewStep, Parameters<InterviewSnapshot['matches']>[0]][] = [
  ['opening-microphone', { preparing: 'openingMicrophone' }],
  ['microphone-failed', { preparing: 'microphoneFailed' }],
  ['ready', { preparing: 'ready' }],
  ['starting', 'starting'],
  ['asking', { running: 'asking' }],
  ['reading', { running: 'reading' }],
  ['paused', { running: 'pausedWhileAsking' }],
  ['paused', { running: { answering: 'paused' } }],
  ['answering', { running: 'answering' }],
  ['interrupting', { running: 'interrupting' }],
  ['listening', { running: 'listening' }],
  ['finishing', { running: 'next' }],
  ['finishing', 'finishing'],
  ['done', 'done'],
  ['failed', 'stopping'],
  ['failed', 'failed'],
];

/** What the candidate can do during an interview, by name, and the event each one sends the machine. */
export const interviewCommands = {
  retryMicrophone: 'user.retryMicrophone',
  testVoice: 'user.testVoice',
  start: 'user.start',
  done: 'user.done',
  skip: 'user.skip',
  pause: 'user.pause',
  resume: 'user.resume',
  repeat: 'user.repeat',
  nextSection: 'user.nextSection',
  abort: 'user.abort',
} as const satisfies Record<string, UserEventType>;

export type InterviewCommand = keyof typeof interviewCommands;

/** The commands as methods: pages call `act.done()`, never name an event. */
export type InterviewActions = Readonly<Record<InterviewCommand, () => void>>;

const commandNames = Object.keys(interviewCommands) as InterviewCommand[];

/** The interview's commands, each sending its event stamped with `now()`. */
export function interviewActions(
  send: (event: { type: UserEventType; at: number }) => void,
  now: () => number,
): InterviewActions {
  const entries = commandNames.map((command) => [
    command,
    () => {
      send({ type: interviewCommands[command], at: now() });
    },
  ]);
  return Object.fromEntries(entries) as Record<InterviewCommand, () => void>;
}

/** The page's view of a machine snapshot. */
export function viewOf(snapshot: InterviewSnapshot): InterviewView {
  const { context } = snapshot;
  const step = stepMatchers.find(([, value]) => snapshot.matches(value))?.[0] ?? 'failed';
  const inPlan = context.turnIndex < context.plan.turns.length;
  const turn = inPlan && snapshot.matches('running') ? currentTurn(context) : undefined;
  const speaking =
    step === 'asking' ||
    step === 'interrupting' ||
    snapshot.matches({ running: { answering: { live: { voice: 'repeating' } } } });
  const position = turnPosition(context.turnIndex, context.plan.turns.length, context.decisions);
  return {
    step,
    speaker: speaking ? 'interviewer' : step === 'answering' ? 'candidate' : 'nobody',
    turn,
    turnIndex: context.turnIndex,
    turns: context.plan.turns,
    turnNumber: position.number,
    turnCount: position.count,
    questionCount: context.plan.questionCount,
    phaseLabel: phaseLabel(turn, context.plan.questionCount),
    voiceName: context.voice?.name,
    budget: turn?.budget,
    timing: context.settings.timing,
    stage: context.stage,
    answerClock: step === 'answering' || step === 'paused' ? context.answerClock : undefined,
    sections: turn?.sections ?? [],
    sectionMarks: context.sectionMarks,
    microphone: context.microphone,
    reopeningMicrophone:
      snapshot.matches({ running: { pausedWhileAsking: 'reopening' } }) ||
      snapshot.matches({ running: { answering: { paused: 'reopening' } } }),
    problem: context.problem,
    voiceCheck: context.voiceCheck,
    testingVoice: snapshot.matches({ preparing: { ready: 'testingVoice' } }),
    sessionId: context.sessionId,
    sessionStartedAt: context.startedAt,
    budgetSeconds: context.plan.budgetSeconds,
    outcomes: context.outcomes,
    decisions: context.decisions,
    status: context.status,
    can: Object.fromEntries(
      commandNames.map((command) => [command, snapshot.can({ type: interviewCommands[command], at: 0 })]),
    ) as Record<InterviewCommand, boolean>,
  };
}

/** Two views are the same for rendering when every field is the same value (what can be done compared by command). */
export function sameView(a: InterviewView, b: InterviewView): boolean {
  for (const key of Object.keys(a) as (keyof InterviewView)[]) {
    if (key === 'can') {
      if (commandNames.some((command) => a.can[command] !== b.can[command])) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
}
