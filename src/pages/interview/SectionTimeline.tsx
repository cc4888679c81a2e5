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

const segmentState = (index: number, current: number): string =>
  index < current ? 'done' : index === current ? 'current' : 'later';

/**
 * The main answer's planned sections as a segmented bar (widths by planned minutes), with the section
 * being answered, its time against plan, and what comes next. Short sections keep readable names this way.
 */
export function SectionTimeline({ view, clock }: SectionTimelineProps) {
  const now = useNow(clock, 1000, view.step === 'answering');
  const { sections, sectionMarks, answerClock } = view;
  if (sections.length === 0 || answerClock === undefined) return null;
  const plannedTotal = sections.reduce((sum, section) => sum + section.seconds, 0);
  const current = Math.min(sectionMarks.length, sections.length - 1);
  const section = sections[current];
  const next = sections[current + 1];
  const spent = elapsedMs(answerClock, now) - (sectionMarks[current - 1] ?? 0);
  return (
    <section className="sections" aria-label="Sections of the answer">
      <div className="section-bar" aria-hidden="true">
        {sections.map((planned, index) => (
          <span
            key={planned.title}
            className={`section-segment section-segment-${segmentState(index, current)}`}
            style={{ flexGrow: planned.seconds / plannedTotal }}
            title={`${planned.title} (${formatSeconds(planned.seconds)})`}
          />
        ))}
      </div>
      {section && (
        <p className="section-now">
          Section {current + 1} of {sections.length}: <strong>{section.title}</strong> · {formatClock(spent)}{' '}
          of {formatSeconds(section.seconds)}
        </p>
      )}
      {next && (
        <p className="section-next">
          Next: {next.title} ({formatSeconds(next.seconds)})
        </p>
      )}
    </section>
  );
}
