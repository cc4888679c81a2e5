import { formatClock } from '../../interview/format-clock.ts';
import type { InterviewView } from '../../interview/connect.ts';
import { elapsedMs, limitMs, type TimingStage } from '../../interview/timing.ts';
import type { Clock } from '../../platform/clock/clock.ts';
import { useNow } from '../../platform/clock/use-now.ts';
import { formatBudget } from '../../script/summary.ts';

interface AnswerTimerProps {
  readonly view: InterviewView;
  readonly clock: Clock;
}

// Shown, and announced once when the stage changes, never every second: a screen reader hears milestones only.
const milestoneMessages: Record<TimingStage, string> = {
  short: '',
  'on-time': '',
  warning: 'Time is nearly up.',
  over: 'Time is up.',
};

/** The answer's clock against its budget: time left (or over), the target window, and a bar. */
export function AnswerTimer({ view, clock }: AnswerTimerProps) {
  const running = view.step === 'answering';
  const now = useNow(clock, 200, running);
  if (view.answerClock === undefined || view.budget === undefined) return null;
  const elapsed = elapsedMs(view.answerClock, now);
  const limit = limitMs(view.budget, view.timing);
  const windowStart = view.budget.kind === 'window' ? view.budget.minSeconds * 1000 : undefined;

  let reading: string;
  if (limit === undefined) reading = `${formatClock(elapsed)} elapsed`;
  else if (elapsed > limit) reading = `${formatClock(elapsed - limit)} over`;
  else reading = `${formatClock(limit - elapsed)} left`;

  const inWindow =
    view.stage === 'short'
      ? 'Below the target window'
      : windowStart !== undefined && view.stage !== 'over'
        ? 'In the target window'
        : '';
  const scale = Math.max(limit ?? 0, elapsed, 1);

  return (
    <section className={`timer timer-${view.stage}`} aria-label="Answer time">
      <p className="timer-reading">
        <span className="timer-value">{reading}</span>
        <span className="timer-budget">
          {formatClock(elapsed)} of {formatBudget(view.budget)}
          {view.timing === 'untimed' ? ' (untimed)' : ''}
        </span>
      </p>
      <div className="timer-bar" aria-hidden="true">
        {windowStart !== undefined && limit !== undefined && (
          <span
            className="timer-window"
            style={{
              left: `${(windowStart / scale) * 100}%`,
              width: `${((limit - windowStart) / scale) * 100}%`,
            }}
          />
        )}
        <span className="timer-fill" style={{ width: `${Math.min(1, elapsed / scale) * 100}%` }} />
      </div>
      {inWindow !== '' && <p className="timer-window-note">{inWindow}</p>}
      <p className="timer-milestone" aria-live="polite">
        {milestoneMessages[view.stage]}
      </p>
    </section>
  );
}
