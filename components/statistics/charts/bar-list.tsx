import { barPercent, truncateLabel } from "@/lib/statistics-pages/chart-scale";
import { PatternDefs, paintOf, TONE_COLOURS, type Fill } from "./patterns";

export type BarRow = {
  key: string;
  label: string;
  value: number;
  /** The value as a reader reads it ("1.234", "95,5%"), written after the label. */
  valueText: string;
  fill: Fill;
};

const ROW_HEIGHT = 48;
const LABEL_CHARACTERS = 44;

/**
 * Horizontal bars, one per row, each labelled with its name and value above it (a phone reads the
 * same text size as a desktop: lengths are percentages of the width). Drawn on the server; the
 * figure's caption titles it, the text alternative says every value, and the page puts the same
 * numbers in a table next to it.
 */
export function BarList({ id, title, description, rows, max, gapAfter }: { id: string; title: string; description: string; rows: BarRow[]; max?: number; gapAfter?: number }) {
  const top = max ?? Math.max(0, ...rows.map((row) => row.value));
  const gap = gapAfter !== undefined && gapAfter < rows.length - 1 ? 24 : 0;
  const height = rows.length * ROW_HEIGHT + gap;
  return (
    <figure className="mt-4" data-testid={id}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg width="100%" height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="mt-2 block overflow-visible">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <PatternDefs chartId={id} fills={rows.map((row) => row.fill)} />
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT + (gapAfter !== undefined && index > gapAfter ? gap : 0);
          const width = barPercent(row.value, top);
          return (
            <g key={row.key} transform={`translate(0 ${y})`}>
              <text x="0" y="15" fontSize="14" fill="#1a1f29">
                {truncateLabel(row.label, LABEL_CHARACTERS)}: <tspan fontWeight="700">{row.valueText}</tspan>
              </text>
              <rect x="0" y="21" width="100%" height="16" fill="#f3f6fa" />
              {width > 0 ? <rect x="0" y="21" width={`${width}%`} height="16" fill={paintOf(id, row.fill)} stroke={TONE_COLOURS[row.fill.tone]} strokeWidth="1.5" /> : null}
            </g>
          );
        })}
        {gap > 0 ? (
          <text x="50%" y={(gapAfter! + 1) * ROW_HEIGHT + 14} fontSize="16" textAnchor="middle" fill="#475062" aria-hidden="true">
            ⋯
          </text>
        ) : null}
      </svg>
    </figure>
  );
}
