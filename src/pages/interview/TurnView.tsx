import type { InterviewActions, InterviewView } from '../../interview/connect.ts';
import { formatClock } from '../../interview/format-clock.ts';
import type { Clock } from '../../platform/clock/clock.ts';
import { useNow } from '../../platform/clock/use-now.ts';
import { AnswerTimer } from './AnswerTimer.tsx';
import { InterviewControls } from './InterviewControls.tsx';
import { LevelMeter } from './LevelMeter.tsx';
import { SectionTimeline } from './SectionTimeline.tsx';
import { SilentMicrophoneWarning } from './SilentMicrophoneWarning.tsx';

interface TurnViewProps {
  readonly view: InterviewView;
  readonly clock: Clock;
  readonly act: InterviewActions;
  readonly onAbort: () => void;
}

function speakerLine(view: InterviewView): string {
  if (view.reopeningMicrophone) return 'Paused: asking for the microphone…';
  if (view.step === 'paused') return 'Paused';
  if (view.step === 'reading') return 'Read the question';
  if (view.step === 'interrupting') return 'The interviewer is moving on';
  if (view.step === 'listening') return 'The interviewer is thinking about your answer…';
  if (view.speaker === 'interviewer')
    return view.voiceName === undefined
      ? 'The interviewer is speaking'
      : `The interviewer is speaking (${view.voiceName})`;
  if (view.speaker === 'candidate') return 'Your answer is being recorded';
  return '';
}

/** One turn: who speaks, the prompt as a caption, code, the answer's timer and sections, and the controls. */
export function TurnView({ view, clock, act, onAbort }: TurnViewProps) {
  const now = useNow(clock, 1000);
  const { turn } = view;
  if (turn === undefined) return null;
  const interviewElapsed = view.sessionStartedAt === undefined ? 0 : now - view.sessionStartedAt;
  return (
    <div className={`turn turn-${view.speaker}`}>
      <header className="turn-header">
        <p className="turn-phase">
          <span>{view.phaseLabel}</span>
          <span className="turn-count">
            Turn {view.turnNumber} of {view.turnCount} · Interview {formatClock(interviewElapsed)} of{' '}
            {formatClock(view.budgetSeconds * 1000)}
          </span>
        </p>
        <p className="speaker" role="status">
          <span className={`speaker-dot speaker-${view.speaker}`} aria-hidden="true" />
          {speakerLine(view)}
        </p>
      </header>
      {(view.problem?.kind === 'microphone-lost' || view.problem?.kind === 'microphone') && (
        <p className="problem" role="alert">
          {view.problem.message}
        </p>
      )}
      <SilentMicrophoneWarning
        microphone={view.microphone}
        clock={clock}
        listening={view.step === 'answering' && view.speaker === 'candidate'}
      />
      <blockquote className="caption" lang={turn.language} aria-label="Question">
        {turn.text}
      </blockquote>
      {turn.code && (
        <pre
          className="code"
          aria-label={turn.code.language === '' ? 'Code' : `Code (${turn.code.language})`}
        >
          <code>{turn.code.source}</code>
        </pre>
      )}
      <AnswerTimer view={view} clock={clock} />
      <SectionTimeline view={view} clock={clock} />
      {view.microphone && (view.step === 'answering' || view.step === 'paused') && (
        <LevelMeter microphone={view.microphone} />
      )}
      <InterviewControls view={view} act={act} onAbort={onAbort} />
    </div>
  );
}
