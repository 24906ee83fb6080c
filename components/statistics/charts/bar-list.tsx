import { barPercent } from "@/lib/statistics-pages/chart-scale";
import { PatternDefs, paintOf, TONE_COLOURS, type Fill } from "./patterns";

export type BarRow = {
  key: string;
  label: string;
  value: number;
  /** The value as a reader reads it ("1.234", "95,5%"), written beside the label. */
  valueText: string;
  fill: Fill;
};

/**
 * Horizontal bars, one per row, each under its name and value written as text (which wraps on a
 * phone and is read by screen readers as it is); the bars are SVG drawn on the server, their
 * lengths percentages of the width, their fills a colour and a pattern. The page puts the same
 * numbers in a table next to it.
 */
export function BarList({ id, title, rows, max, gapAfter }: { id: string; title: string; rows: BarRow[]; max?: number; gapAfter?: number }) {
  const top = max ?? Math.max(0, ...rows.map((row) => row.value));
  return (
    <figure className="mt-4" data-testid={id} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      {/* The patterns, once per chart; the bars below refer to them. */}
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
        <PatternDefs chartId={id} fills={rows.map((row) => row.fill)} />
      </svg>
      <ul className="mt-2 space-y-2">
        {rows.map((row, index) => {
          const width = barPercent(row.value, top);
          return (
            <li key={row.key} className={gapAfter !== undefined && index === gapAfter + 1 ? "border-t-2 border-dashed border-line pt-3" : undefined}>
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span>{row.label}</span>
                <span className="shrink-0 font-bold tabular-nums">{row.valueText}</span>
              </div>
              <svg width="100%" height="16" aria-hidden="true" focusable="false" className="mt-0.5 block">
                <rect x="0" y="0" width="100%" height="16" fill="#f3f6fa" />
                {width > 0 ? <rect x="0.75" y="0.75" width={`${width}%`} height="14.5" fill={paintOf(id, row.fill)} stroke={TONE_COLOURS[row.fill.tone]} strokeWidth="1.5" /> : null}
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
