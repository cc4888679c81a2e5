import { useState } from 'react';
import type { AppServices } from '../../app-services.ts';
import type { PracticeItemRef } from '../../practice/item.ts';
import type { PracticeData } from '../../store/practice-data.ts';
import type { PracticeOverview } from '../../practice/overview.ts';
import { practiceScript, type ChosenQuestion, type PracticeSession } from '../../practice/practice-script.ts';
import { usePractice } from '../../store/use-practice.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { InterviewStart } from '../interview/InterviewStart.tsx';
import { practiceHref } from '../routes.ts';

interface PracticeSessionPageProps {
  /** One question to drill; absent: today's queue. */
  readonly drill?: PracticeItemRef;
  readonly services: AppServices;
}

const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long' });

/** Today's questions (or one drilled question) run as an interview; the schedule updates from its answers. */
export function PracticeSessionPage({ drill, services }: PracticeSessionPageProps) {
  const practice = usePractice();
  // Chosen once: the queue changes as answers are recorded, and the running interview must not change with it.
  const [session, setSession] = useState<PracticeSession | undefined>(undefined);
  if (practice.status === 'loading') return <p className="loading">Loading your practice…</p>;
  if (practice.status === 'error') return <LoadFailure message={practice.message} onRetry={practice.retry} />;
  const current = session ?? sessionOf(practice.data, practice.overview, drill);
  if (session === undefined && current !== undefined) setSession(current);
  if (current === undefined) {
    return (
      <article className="practice">
        <h1>{drill === undefined ? 'Nothing to practise today' : 'Question not found'}</h1>
        <p>
          {drill === undefined
            ? 'Every question of your plan is done for today, or there is no plan yet.'
            : `There is no question “${drill.title}” in the library any more.`}{' '}
          <a href={practiceHref}>See your practice plan</a>.
        </p>
      </article>
    );
  }
  return (
    <InterviewStart
      script={current.script}
      scriptSource="practice"
      practice={current.practice}
      back={{ href: practiceHref, label: 'Practice plan' }}
      services={services}
    />
  );
}

function sessionOf(
  data: PracticeData,
  overview: PracticeOverview,
  drill: PracticeItemRef | undefined,
): PracticeSession | undefined {
  if (drill !== undefined) {
    const script = data.library.find((entry) => entry.key === drill.scriptKey)?.script;
    const question = script?.questions.find((one) => one.title === drill.title);
    return (
      script && question && practiceScript([{ ref: drill, script, question }], `Drill: ${question.title}`)
    );
  }
  const chosen: ChosenQuestion[] = overview.queue.map(({ ref, script, question }) => ({
    ref,
    script,
    question,
  }));
  return chosen.length === 0
    ? undefined
    : practiceScript(chosen, `Practice, ${dayFormat.format(new Date())}`);
}
