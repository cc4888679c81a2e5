import { formatClock } from '../../interview/format-clock.ts';

/** One bar pair of the chart: what a turn planned, and what it took. */
export interface TimelineRow {
  readonly key: string;
  readonly label: string;
  readonly plannedMs: number;
  /** Undefined for a turn that was skipped before its answer began. */
  readonly actualMs: number | undefined;
  readonly overtimeMs: number;
}

interface TimelineChartProps {
  readonly caption: string;
  readonly rows: readonly TimelineRow[];
}

/**
 * Planned against actual time as a bar chart that is also a table: the bars are drawn for the eye, the
 * numbers are in cells for everyone else. Overtime is marked in the bar and in words.
 */
export function TimelineChart({ caption, rows }: TimelineChartProps) {
  const scale = Math.max(1, ...rows.map((row) => Math.max(row.plannedMs, row.actualMs ?? 0)));
  const percent = (ms: number) => `${(ms / scale) * 100}%`;
  return (
    <table className="timeline">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Planned</th>
          <th scope="col">Actual</th>
          <th scope="col" className="timeline-bars-head">
            <span className="timeline-key timeline-key-planned">planned</span>
            <span className="timeline-key timeline-key-actual">actual</span>
            <span className="timeline-key timeline-key-over">over time</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.overtimeMs > 0 ? 'timeline-over' : undefined}>
            <th scope="row">{row.label}</th>
            <td>{formatClock(row.plannedMs)}</td>
            <td>
              {row.actualMs === undefined ? 'not answered' : formatClock(row.actualMs)}
              {row.overtimeMs > 0 && (
                <span className="timeline-over-text"> ({formatClock(row.overtimeMs)} over)</span>
              )}
            </td>
            <td className="timeline-bars" aria-hidden="true">
              <span className="timeline-bar timeline-bar-planned" style={{ width: percent(row.plannedMs) }} />
              {row.actualMs !== undefined && (
                <span className="timeline-bar timeline-bar-actual" style={{ width: percent(row.actualMs) }}>
                  {row.overtimeMs > 0 && (
                    <span
                      className="timeline-bar-over"
                      style={{ width: `${(row.overtimeMs / Math.max(row.actualMs, 1)) * 100}%` }}
                    />
                  )}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
