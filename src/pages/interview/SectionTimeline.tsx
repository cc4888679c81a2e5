import { formatClock } from '../../interview/format-clock.ts';
import type { InterviewView } from '../../interview/connect.ts';
import { elapsedMs } from '../../interview/timing.ts';
import type { Clock } from '../../platform/clock/clock.ts';
import { useNow } from '../../platform/clock/use-now.ts';
import { formatSeconds } from '../../script/summary.ts';

interface SectionTimelineProps {
  readonly view: InterviewView;
  readonly clock: Clock;
}

/** The main answer's planned sections as a segmented timeline, with the time actually spent on each. */
export function SectionTimeline({ view, clock }: SectionTimelineProps) {
  const now = useNow(clock, 1000, view.step === 'answering');
  const { sections, sectionMarks, answerClock } = view;
  if (sections.length === 0 || answerClock === undefined) return null;
  const elapsed = elapsedMs(answerClock, now);
  const plannedTotal = sections.reduce((sum, section) => sum + section.seconds, 0);
  const current = sectionMarks.length;
  return (
    <section className="sections" aria-label="Sections of the answer">
      <ol className="section-list">
        {sections.map((section, index) => {
          const start = index === 0 ? 0 : sectionMarks[index - 1];
          const end = index < current ? sectionMarks[index] : index === current ? elapsed : undefined;
          const spent = start !== undefined && end !== undefined ? end - start : undefined;
          const state = index < current ? 'done' : index === current ? 'current' : 'later';
          return (
            <li
              key={section.title}
              className={`section section-${state}`}
              style={{ flexGrow: section.seconds / plannedTotal }}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="section-title">{section.title}</span>
              <span className="section-time">
                {spent === undefined ? '' : `${formatClock(spent)} of `}
                {formatSeconds(section.seconds)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
