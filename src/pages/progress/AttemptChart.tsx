/** One value of an attempt to chart; undefined leaves a gap. */
export interface ChartPoint {
  readonly key: string;
  readonly value: number | undefined;
}

interface AttemptChartProps {
  /** Says what the chart shows, for everyone: the points are also listed in words. */
  readonly label: string;
  readonly points: readonly ChartPoint[];
  readonly format: (value: number) => string;
  /** A band to aim for (a target window, or up to a limit), drawn behind the points. */
  readonly band?: { readonly low: number; readonly high: number };
  readonly max?: number;
}

const WIDTH = 240;
const HEIGHT = 60;
const PAD = 6;

/** A small line chart of attempts over time, oldest first, with the target band behind it. */
export function AttemptChart({ label, points, format, band, max }: AttemptChartProps) {
  const values = points.flatMap((p) => (p.value === undefined ? [] : [p.value]));
  const top = Math.max(max ?? 0, band?.high ?? 0, ...values, 1);
  const x = (index: number) =>
    PAD + (points.length < 2 ? (WIDTH - 2 * PAD) / 2 : (index * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (value: number) => HEIGHT - PAD - (value / top) * (HEIGHT - 2 * PAD);
  const path = points
    .flatMap((p, index) => (p.value === undefined ? [] : [`${x(index)},${y(p.value)}`]))
    .join(' ');
  const spoken = points
    .map((p, index) => `${index + 1}: ${p.value === undefined ? 'none' : format(p.value)}`)
    .join(', ');
  return (
    <figure className="attempt-chart">
      <figcaption>{label}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${label}, attempt by attempt: ${spoken}`}
      >
        {band && (
          <rect
            className="attempt-band"
            x={0}
            width={WIDTH}
            y={y(band.high)}
            height={Math.max(1, y(band.low) - y(band.high))}
          />
        )}
        <polyline className="attempt-line" points={path} />
        {points.map((p, index) =>
          p.value === undefined ? null : (
            <circle key={p.key} className="attempt-dot" cx={x(index)} cy={y(p.value)} r={3} />
          ),
        )}
      </svg>
    </figure>
  );
}
