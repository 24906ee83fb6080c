// Percentiles of a histogram of whole working days (stat_duration), and the sentence "usually
// resolved in N working days". Pure (docs/domain/statistics.md, "How long it really takes").

/** Working days → number of dossiers resolved in that many. */
export type Histogram = ReadonlyMap<number, number>;

/** How many dossiers a histogram holds. */
export function sampleSize(histogram: Histogram): number {
  let total = 0;
  for (const count of histogram.values()) total += count;
  return total;
}

/**
 * The p-th percentile (0 < p ≤ 1) by the nearest-rank method: the smallest value with at least
 * ⌈p·n⌉ dossiers at or below it. Always one of the observed values (a whole number of days, as
 * the sentence says it); for an even sample the median is the lower of the two middle values.
 * Null for an empty histogram.
 */
export function percentile(histogram: Histogram, p: number): number | null {
  if (!(p > 0 && p <= 1)) throw new RangeError("p must be in (0, 1]");
  const n = sampleSize(histogram);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n - 1e-9));
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value)!;
    if (seen >= rank) return value;
  }
  return null;
}

/**
 * The fewest dossiers over the window for "usually resolved in N working days": with 20, the
 * median's 95 % confidence interval runs from the 6th to the 15th value, close enough to say
 * "usually"; with fewer, a couple of unusual dossiers would make the sentence.
 */
export const MIN_SAMPLE = 20;

/** The window of "how long it really takes": the last 90 days, today included. */
export const WINDOW_DAYS = 90;

/** The median, as the sentence says it, or null when fewer than MIN_SAMPLE dossiers back it. */
export function usualWorkingDays(histogram: Histogram, minimum = MIN_SAMPLE): number | null {
  return sampleSize(histogram) >= minimum ? percentile(histogram, 0.5) : null;
}

/** Adds histograms (rows of stat_duration). */
export function histogramOf(rows: Iterable<{ workingDays: number; count: number }>): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const { workingDays, count } of rows) if (count > 0) histogram.set(workingDays, (histogram.get(workingDays) ?? 0) + count);
  return histogram;
}

/**
 * A legal limit in working days, where it converts: working days as they are, hours over the
 * working hours of a day; null for calendar days (their working days depend on the dates).
 */
export function limitInWorkingDays(limit: { value: number; unit: "WORKING_DAYS" | "CALENDAR_DAYS" | "HOURS" }, minutesPerDay: number): number | null {
  if (limit.unit === "WORKING_DAYS") return limit.value;
  if (limit.unit === "HOURS") return Math.round(((limit.value * 60) / minutesPerDay) * 100) / 100;
  return null;
}
