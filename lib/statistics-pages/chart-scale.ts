// Geometry of the statistics pages' charts, drawn on the server as SVG (no JavaScript in the
// browser). Pure, with d3-scale and d3-shape. Horizontal positions are percentages of the chart's
// width, so a chart fills a phone or a desktop without shrinking its text; vertical ones are
// pixels.
import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";

/**
 * A bar's length in percent of the widest possible bar: 0 for nothing, at least `minimum` for a
 * non-zero value (a single late dossier among thousands must still be seen), never over 100.
 */
export function barPercent(value: number, max: number, minimum = 0.75): number {
  if (value <= 0 || max <= 0) return 0;
  const percent = scaleLinear().domain([0, max]).range([0, 100]).clamp(true)(value);
  return Math.max(minimum, Math.round(percent * 100) / 100);
}

export type Tick = { value: number; y: number };

/**
 * The value axis of a column chart `height` pixels tall: a "nice" domain from 0 covering `max`, its
 * ticks (about `count`, whole numbers only: these are dossiers) and where each sits.
 */
export function valueAxis(max: number, height: number, count = 4): { top: number; ticks: Tick[]; y: (value: number) => number } {
  const scale = scaleLinear().domain([0, Math.max(1, max)]).range([height, 0]).nice(count);
  const ticks = scale.ticks(count).filter((value) => Number.isInteger(value));
  const y = (value: number) => Math.round(scale(value) * 100) / 100;
  return { top: scale.domain()[1]!, ticks: ticks.map((value) => ({ value, y: y(value) })), y };
}

export type Band = { key: string; x: number; width: number; center: number; series: { x: number; width: number }[] };

/**
 * Columns side by side for each key (a month), `series` columns per key, in percent of the width;
 * a small gap between a key's columns, a larger one between keys.
 */
export function columnBands(keys: string[], series: number): Band[] {
  const band = scaleBand<string>().domain(keys).range([0, 100]).paddingInner(0.25).paddingOuter(0.1);
  const width = band.bandwidth();
  const inner = scaleBand<number>().domain([...Array(series).keys()]).range([0, width]).paddingInner(0.08);
  const round = (value: number) => Math.round(value * 100) / 100;
  return keys.map((key) => {
    const x = band(key)!;
    return {
      key,
      x: round(x),
      width: round(width),
      center: round(x + width / 2),
      series: [...Array(series).keys()].map((index) => ({ x: round(x + inner(index)!), width: round(inner.bandwidth()) })),
    };
  });
}

export type MonthTick = { index: number; month: string; year: string | null };

/**
 * The labels under a monthly axis: every `step`-th month (MM), and its year under the first
 * labelled month and under each labelled January, except a first month whose next label already
 * shows a year (December 2025 then January 2026 would run into each other).
 */
export function monthTicks(months: string[], fit = 12): MonthTick[] {
  const step = labelStep(months.length, fit);
  const ticks: MonthTick[] = [];
  months.forEach((key, index) => {
    if (index % step !== 0) return;
    const previous = ticks.at(-1);
    const isNewYear = previous === undefined || key.slice(0, 4) !== months[previous.index]!.slice(0, 4);
    ticks.push({ index, month: key.slice(5, 7), year: isNewYear ? key.slice(0, 4) : null });
  });
  if (ticks.length > 1 && ticks[1]!.year !== null) ticks[0]!.year = null;
  return ticks;
}

/** Every how many keys an axis label fits (about `fit` labels across a phone's width). */
export function labelStep(count: number, fit = 12): number {
  return Math.max(1, Math.ceil(count / fit));
}

/**
 * The path of a line through (x in percent, y in pixels) points, for an SVG whose viewBox is
 * `0 0 100 height` stretched to the chart's width; points with no value break the line.
 */
export function linePath(points: { x: number; y: number | null }[]): string {
  const path = line<{ x: number; y: number | null }>()
    .defined((point) => point.y !== null)
    .x((point) => point.x)
    .y((point) => point.y!);
  return path(points) ?? "";
}
