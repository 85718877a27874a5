// A small weekly line chart in plain SVG (no chart library): one line per series, a dot per
// week, the first and last week and the highest figure written out. The figures themselves are
// in the table the chart sits beside, so the SVG is an image with a summary as its name.
export interface TrendSeries {
  key: string;
  label: string;
  /** One figure per week, in the order of `weeks`; null where there is none. */
  values: (number | null)[];
  /** A CSS colour (a token's var()); the second series is also dashed, so the lines differ without colour. */
  colour: string;
}

interface Props {
  /** ISO dates of the weeks' Mondays, oldest first. */
  weeks: string[];
  series: TrendSeries[];
  /** What the chart shows, for screen readers (the table has the figures). */
  summary: string;
  formatWeek: (week: string) => string;
  /** The highest value the axis must reach (e.g. 100 for percentages). */
  max?: number;
}

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { top: 12, right: 12, bottom: 22, left: 30 };
const DASHES = [undefined, '6 4', '2 3'];

export function TrendChart({ weeks, series, summary, formatWeek, max }: Props) {
  const highest = Math.max(max ?? 0, 1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const x = (i: number) => PAD.left + (weeks.length <= 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (weeks.length - 1));
  const y = (v: number) => HEIGHT - PAD.bottom - (v / highest) * (HEIGHT - PAD.top - PAD.bottom);
  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} preserveAspectRatio="xMidYMid meet">
        <line className="trend-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <line className="trend-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(highest)} y2={y(highest)} />
        <text className="trend-tick" x={PAD.left - 4} y={y(0)} textAnchor="end" dominantBaseline="middle">
          0
        </text>
        <text className="trend-tick" x={PAD.left - 4} y={y(highest)} textAnchor="end" dominantBaseline="middle">
          {Math.round(highest)}
        </text>
        {weeks.length > 0 && (
          <>
            <text className="trend-tick" x={x(0)} y={HEIGHT - 6} textAnchor="start">
              {formatWeek(weeks[0])}
            </text>
            {weeks.length > 1 && (
              <text className="trend-tick" x={x(weeks.length - 1)} y={HEIGHT - 6} textAnchor="end">
                {formatWeek(weeks[weeks.length - 1])}
              </text>
            )}
          </>
        )}
        {series.map((s, index) => {
          const points = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
          const path = points
            .map((p, i) => (p ? `${i === 0 || !points[i - 1] ? 'M' : 'L'}${p[0].toFixed(1)},${p[1].toFixed(1)}` : ''))
            .join(' ');
          return (
            <g key={s.key} data-series={s.key}>
              <path d={path} fill="none" style={{ stroke: s.colour }} strokeWidth={2} strokeDasharray={DASHES[index % DASHES.length]} />
              {points.map((p, i) => p && <circle key={weeks[i]} cx={p[0]} cy={p[1]} r={2.5} style={{ fill: s.colour }} />)}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption className="trend-legend">
          {series.map((s, index) => (
            <span key={s.key}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  style={{ stroke: s.colour }}
                  strokeWidth={2}
                  strokeDasharray={DASHES[index % DASHES.length]}
                />
              </svg>
              {s.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
