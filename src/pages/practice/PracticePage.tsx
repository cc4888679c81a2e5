import { usePractice } from '../../store/use-practice.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { PlanForm } from './PlanForm.tsx';
import { PracticeCalendar } from './PracticeCalendar.tsx';
import { Readiness } from './Readiness.tsx';
import { TodaySummary } from './TodaySummary.tsx';

/** The practice plan: the interview prepared for, today's questions, the days practised and where each question stands. */
export function PracticePage() {
  const practice = usePractice();
  return (
    <article className="practice">
      <h1>Practice plan</h1>
      <p className="hint">
        Every question of the scripts you choose comes back on the days it is most worth practising: soon when
        an answer was weak, later as it gets easy, and all of them before your interview.
      </p>
      {practice.status === 'loading' && <p className="loading">Loading your practice…</p>}
      {practice.status === 'error' && <LoadFailure message={practice.message} onRetry={practice.retry} />}
      {practice.status === 'ready' && (
        <>
          {practice.data.plan !== undefined && <TodaySummary overview={practice.overview} listed />}
          {/* Not keyed by the plan: saving it must not reset the form and its "Plan saved." */}
          <PlanForm plan={practice.data.plan} library={practice.data.library} />
          <PracticeCalendar overview={practice.overview} />
          {practice.data.plan !== undefined && <Readiness overview={practice.overview} />}
        </>
      )}
    </article>
  );
}
