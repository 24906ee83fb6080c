import { columnBands, linePath, monthTicks } from "@/lib/statistics-pages/chart-scale";
import { TONE_COLOURS } from "./patterns";

const PLOT_HEIGHT = 140;
const TOP = 24;
const AXIS = 40;
const TICKS = [0, 25, 50, 75, 100];

/**
 * A share per month (the on-time rate) as a line with a dot per month, on a 0–100 % scale, months
 * aligned with the columns above it; a month with nothing to divide has no dot and breaks the
 * line. The line is drawn in a stretched inner SVG (its stroke keeps its width), the dots and
 * text in the outer one, so text keeps its size on a phone.
 */
export function RateLine({
  id,
  title,
  description,
  months,
  values,
  lastLabel,
}: {
  id: string;
  title: string;
  description: string;
  months: { key: string }[];
  /** Shares in [0, 1], or null. */
  values: (number | null)[];
  /** The latest month's value as written ("95,5%"), shown beside its dot. */
  lastLabel: string | null;
}) {
  const bands = columnBands(months.map((month) => month.key), 1);
  const y = (share: number) => Math.round((1 - share) * PLOT_HEIGHT * 100) / 100;
  const points = bands.map((band, index) => ({ x: band.center, y: values[index] === null || values[index] === undefined ? null : y(values[index]!) }));
  const ticks = monthTicks(months.map((month) => month.key));
  const lastIndex = points.findLastIndex((point) => point.y !== null);
  const colour = TONE_COLOURS.success;
  return (
    <figure className="mt-6" data-testid={id}>
      <figcaption className="font-semibold">{title}</figcaption>
      <svg width="100%" height={TOP + PLOT_HEIGHT + AXIS} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="mt-2 block overflow-visible">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g transform={`translate(0 ${TOP})`}>
          {TICKS.map((tick) => (
            <g key={tick}>
              <line x1="0" x2="100%" y1={y(tick / 100)} y2={y(tick / 100)} stroke={tick === 0 ? "#475062" : "#c3ccd8"} strokeWidth="1" />
              <text x="0" y={y(tick / 100) - 4} fontSize="12" fill="#475062">
                {tick}%
              </text>
            </g>
          ))}
          <svg x="0" y="0" width="100%" height={PLOT_HEIGHT} viewBox={`0 0 100 ${PLOT_HEIGHT}`} preserveAspectRatio="none" overflow="visible" aria-hidden="true">
            <path d={linePath(points)} fill="none" stroke={colour} strokeWidth="2.5" vectorEffect="non-scaling-stroke" />
          </svg>
          {points.map((point, index) =>
            point.y === null ? null : <circle key={bands[index]!.key} cx={`${point.x}%`} cy={point.y} r="4.5" fill="#ffffff" stroke={colour} strokeWidth="2.5" />,
          )}
          {lastIndex >= 0 && lastLabel ? (
            <text x={`${points[lastIndex]!.x}%`} y={points[lastIndex]!.y! - 10} fontSize="13" fontWeight="700" textAnchor={lastIndex > months.length / 2 ? "end" : "start"} fill="#1a1f29">
              {lastLabel}
            </text>
          ) : null}
          {ticks.map((tick) => {
            const center = `${bands[tick.index]!.center}%`;
            return (
              <text key={tick.index} x={center} y={PLOT_HEIGHT + 16} fontSize="12" textAnchor="middle" fill="#1a1f29">
                <tspan>{tick.month}</tspan>
                {tick.year ? (
                  <tspan x={center} dy="15" fill="#475062">
                    {tick.year}
                  </tspan>
                ) : null}
              </text>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
