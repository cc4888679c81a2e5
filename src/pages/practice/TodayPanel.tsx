import { usePractice } from '../../store/use-practice.ts';
import { practiceHref } from '../routes.ts';
import { TodaySummary } from './TodaySummary.tsx';

/** The library's line about today's practice; an invitation to plan when there is no plan yet. */
export function TodayPanel() {
  const practice = usePractice('skip-history');
  if (practice.status !== 'ready') return null;
  if (practice.data.plan === undefined) {
    return (
      <p className="today-invite">
        Preparing for a real interview? <a href={practiceHref}>Plan your practice</a>: Viva brings back each
        question on the days it is most worth practising.
      </p>
    );
  }
  return (
    <div className="today-panel">
      <TodaySummary overview={practice.overview} listed={false} />
      <a href={practiceHref}>Your practice plan</a>
    </div>
  );
}
