// Fills of the statistics charts: a colour and a pattern each, so that no series is told apart by
// colour alone (WCAG 1.4.1); every colour reaches 3:1 against white (WCAG 1.4.11).

export type Tone = "brand" | "success" | "danger" | "muted";
export type Texture = "solid" | "hatch" | "dots" | "cross";
export type Fill = { tone: Tone; texture: Texture };

export const TONE_COLOURS: Record<Tone, string> = {
  brand: "#0d4f99",
  success: "#1d5e33",
  danger: "#8f1d1d",
  muted: "#475062",
};

export function patternId(chartId: string, fill: Fill): string {
  return `${chartId}-${fill.tone}-${fill.texture}`;
}

/** What a shape is painted with: the plain colour, or its pattern. */
export function paintOf(chartId: string, fill: Fill): string {
  return fill.texture === "solid" ? TONE_COLOURS[fill.tone] : `url(#${patternId(chartId, fill)})`;
}

/** The <pattern> definitions of the fills a chart uses. */
export function PatternDefs({ chartId, fills }: { chartId: string; fills: Fill[] }) {
  const unique = [...new Map(fills.filter((fill) => fill.texture !== "solid").map((fill) => [patternId(chartId, fill), fill])).values()];
  if (unique.length === 0) return null;
  return (
    <defs>
      {unique.map((fill) => {
        const colour = TONE_COLOURS[fill.tone];
        const id = patternId(chartId, fill);
        switch (fill.texture) {
          case "hatch":
            return (
              <pattern key={id} id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#ffffff" />
                <rect width="3" height="6" fill={colour} />
              </pattern>
            );
          case "dots":
            return (
              <pattern key={id} id={id} width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" fill="#ffffff" />
                <circle cx="3" cy="3" r="2" fill={colour} />
              </pattern>
            );
          default:
            return (
              <pattern key={id} id={id} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="7" height="7" fill="#ffffff" />
                <rect width="2.5" height="7" fill={colour} />
                <rect width="7" height="2.5" fill={colour} />
              </pattern>
            );
        }
      })}
    </defs>
  );
}

/** A small square of a fill, for a legend (decorative: the legend's text says what it is). */
export function Swatch({ chartId, fill }: { chartId: string; fill: Fill }) {
  const id = `${chartId}-swatch`;
  return (
    <svg width="18" height="18" aria-hidden="true" focusable="false" className="shrink-0">
      <PatternDefs chartId={id} fills={[fill]} />
      <rect x="1" y="1" width="16" height="16" fill={paintOf(id, fill)} stroke={TONE_COLOURS[fill.tone]} strokeWidth="2" />
    </svg>
  );
}
