import { columnBands, monthTicks, valueAxis } from "@/lib/statistics-pages/chart-scale";
import { Swatch, PatternDefs, paintOf, TONE_COLOURS, type Fill } from "./patterns";

export type ColumnSeries = { key: string; label: string; fill: Fill; values: number[] };

const PLOT_HEIGHT = 180;
const TOP = 20;
const AXIS = 40;

/**
 * Columns per month, side by side for each series (a monthly trend), with a legend in words and
 * patterns, horizontal grid lines labelled with their values, and the months below. Drawn on the
 * server; widths are percentages, so the text keeps its size on a phone.
 */
export function MonthColumns({
  id,
  title,
  description,
  months,
  series,
  formatValue,
}: {
  id: string;
  title: string;
  description: string;
  /** The months, yyyy-MM. */
  months: { key: string }[];
  series: ColumnSeries[];
  formatValue: (value: number) => string;
}) {
  const max = Math.max(0, ...series.flatMap((entry) => entry.values));
  const axis = valueAxis(max, PLOT_HEIGHT);
  const bands = columnBands(months.map((month) => month.key), series.length);
  const ticks = monthTicks(months.map((month) => month.key));
  return (
    <figure className="mt-4" data-testid={id}>
      <figcaption className="font-semibold">{title}</figcaption>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {series.map((entry) => (
          <li key={entry.key} className="flex items-center gap-2">
            <Swatch chartId={`${id}-${entry.key}`} fill={entry.fill} />
            {entry.label}
          </li>
        ))}
      </ul>
      <svg width="100%" height={TOP + PLOT_HEIGHT + AXIS} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="mt-2 block overflow-visible">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <PatternDefs chartId={id} fills={series.map((entry) => entry.fill)} />
        <g transform={`translate(0 ${TOP})`}>
          {axis.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1="0" x2="100%" y1={tick.y} y2={tick.y} stroke={tick.value === 0 ? "#475062" : "#c3ccd8"} strokeWidth="1" />
              {tick.value === 0 ? null : (
                <text x="0" y={tick.y - 4} fontSize="12" fill="#475062">
                  {formatValue(tick.value)}
                </text>
              )}
            </g>
          ))}
          {bands.map((band, index) =>
            series.map((entry, seriesIndex) => {
              const value = entry.values[index] ?? 0;
              if (value <= 0) return null;
              const y = axis.y(value);
              const slot = band.series[seriesIndex]!;
              return (
                <rect
                  key={`${band.key}-${entry.key}`}
                  x={`${slot.x}%`}
                  width={`${slot.width}%`}
                  y={y}
                  height={Math.max(1, PLOT_HEIGHT - y)}
                  fill={paintOf(id, entry.fill)}
                  stroke={TONE_COLOURS[entry.fill.tone]}
                  strokeWidth="1"
                />
              );
            }),
          )}
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
