// The evaluation of a delegation the city asked for (docs/domain/delegation.md): the same
// procedure before and after the first day, and the delegates against the delegator over the same
// days after it, with the number of dossiers behind each figure so that a small sample shows as
// small. Pure: the sums come from the statistics rollups (read-evaluation.ts), never the dossiers.
//
// The rollups count each event on the local day it happened (docs/domain/statistics.md): receipts
// on the day of receipt, results (and their working days) on the day of the result. The first day
// of a delegation is a whole local day (routing applies from 00:00), and the daily rollups
// (stat_daily, stat_duration) are per day, so "before" and "after" split exactly at it, whatever
// day of the month it is: whole months are read from stat_monthly, the cut months' days from
// stat_daily, as every statistics span is. What the rollups cannot tell is under which routing a
// dossier was received: the delegator's results after the first day are the dossiers it kept, and
// they are in its own column, apart from the delegates'.
import { addDays, dayNumber, localDateOf, type DateKey } from "@/lib/calendar/local-time";
import { rate } from "@/lib/statistics/figures";
import { MIN_SAMPLE, percentile, sampleSize, type Histogram } from "@/lib/statistics/percentiles";

export type Window = { from: DateKey; to: DateKey; days: number };

/** At most a year on each side: the evaluation compares the first year of the delegation with the year before it. */
export const MAX_WINDOW_DAYS = 365;

/**
 * The days compared: after = from the first day to the last day it applied (its end, the day it
 * was revoked, or today), at most MAX_WINDOW_DAYS; before = as many days just before the first.
 * Null before the first day (nothing to compare yet).
 */
export function evaluationWindows(delegation: { validFrom: DateKey; validUntil: DateKey | null; revokedAt: Date | null }, today: DateKey, maxDays = MAX_WINDOW_DAYS): { before: Window; after: Window } | null {
  if (today < delegation.validFrom) return null;
  const ends = [today, addDays(delegation.validFrom, maxDays - 1)];
  if (delegation.validUntil) ends.push(delegation.validUntil);
  // Revoked during a day: that day was still partly the delegation's.
  if (delegation.revokedAt) ends.push(localDateOf(delegation.revokedAt));
  const to = ends.sort()[0]!;
  if (to < delegation.validFrom) return null;
  const days = dayNumber(to) - dayNumber(delegation.validFrom) + 1;
  return {
    before: { from: addDays(delegation.validFrom, -days), to: addDays(delegation.validFrom, -1), days },
    after: { from: delegation.validFrom, to, days },
  };
}

/** What the rollups give for one side over a window. */
export type SideSums = {
  received: number;
  receivedOnline: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  /** Supplement requests after receipt (QĐ 766 counts those). */
  supplementRequests: number;
  ratings: number;
  ratingsSatisfied: number;
  /** Working days to the result → dossiers (stat_duration). */
  durations: Histogram;
};

export const emptySums = (): SideSums => ({
  received: 0, receivedOnline: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, supplementRequests: 0, ratings: 0, ratingsSatisfied: 0, durations: new Map(),
});

export function addSums(a: SideSums, b: SideSums): SideSums {
  const durations = new Map(a.durations);
  for (const [days, count] of b.durations) durations.set(days, (durations.get(days) ?? 0) + count);
  return {
    received: a.received + b.received, receivedOnline: a.receivedOnline + b.receivedOnline, resolvedEarly: a.resolvedEarly + b.resolvedEarly,
    resolvedOnTime: a.resolvedOnTime + b.resolvedOnTime, resolvedLate: a.resolvedLate + b.resolvedLate, supplementRequests: a.supplementRequests + b.supplementRequests,
    ratings: a.ratings + b.ratings, ratingsSatisfied: a.ratingsSatisfied + b.ratingsSatisfied, durations,
  };
}

/** A figure with the number of dossiers behind it; small when fewer than MIN_SAMPLE (20). */
export type Figure = { value: number | null; n: number; isSmall: boolean };

const figure = (value: number | null, n: number): Figure => ({ value, n, isSmall: n < MIN_SAMPLE });

export type SideFigures = {
  /** New dossiers received in the window (n: the same). */
  received: Figure;
  /** Median and 90th percentile of whole working days to the result (n: results with a figure). */
  medianWorkingDays: Figure;
  p90WorkingDays: Figure;
  /** (early + on time) ÷ results (n: results). */
  onTimeRate: Figure;
  /** Supplement requests after receipt ÷ received (n: received), as the public statistics define it. */
  supplementRequestRate: Figure;
  /** Ratings other than "not satisfied" ÷ ratings (n: ratings). */
  satisfactionRate: Figure;
  /** Received online ÷ received (n: received). */
  onlineShare: Figure;
};

/** The figures of one side, by the formulas of the public statistics (docs/domain/statistics.md). */
export function figuresOf(sums: SideSums): SideFigures {
  const resolved = sums.resolvedEarly + sums.resolvedOnTime + sums.resolvedLate;
  const sample = sampleSize(sums.durations);
  return {
    received: figure(sums.received, sums.received),
    medianWorkingDays: figure(percentile(sums.durations, 0.5), sample),
    p90WorkingDays: figure(percentile(sums.durations, 0.9), sample),
    onTimeRate: figure(rate(sums.resolvedEarly + sums.resolvedOnTime, resolved), resolved),
    supplementRequestRate: figure(rate(sums.supplementRequests, sums.received), sums.received),
    satisfactionRate: figure(rate(sums.ratingsSatisfied, sums.ratings), sums.ratings),
    onlineShare: figure(rate(sums.receivedOnline, sums.received), sums.received),
  };
}

/** The four columns of the report. */
export type EvaluationSides = {
  /** The procedure(s) at the delegator and the delegates, before the first day. */
  before: SideSums;
  /** The same agencies after it: the delegates' dossiers and those the delegator kept. */
  afterDelegates: SideSums;
  afterDelegator: SideSums;
};

export type Evaluation = {
  windows: { before: Window; after: Window };
  before: SideFigures;
  after: SideFigures;
  delegates: SideFigures;
  delegator: SideFigures;
};

export function evaluationOf(windows: { before: Window; after: Window }, sides: EvaluationSides): Evaluation {
  return {
    windows,
    before: figuresOf(sides.before),
    after: figuresOf(addSums(sides.afterDelegates, sides.afterDelegator)),
    delegates: figuresOf(sides.afterDelegates),
    delegator: figuresOf(sides.afterDelegator),
  };
}

/** One local day of one agency's rollups, as stat_daily and stat_duration hold them (the tests sum these by hand). */
export type RollupDay = {
  day: DateKey;
  agencyId: string;
  channel: "ONLINE" | "IN_PERSON" | "POST";
  received: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  supplementRequests: number;
  ratings: number;
  ratingsSatisfied: number;
};
export type DurationDay = { day: DateKey; agencyId: string; workingDays: number; count: number };

/** The sums of a window for some agencies, from daily rows (what the reader's SQL computes). */
export function sumsOf(rows: readonly RollupDay[], durations: readonly DurationDay[], window: Window, agencyIds: ReadonlySet<string>): SideSums {
  const sums = emptySums();
  const inside = (row: { day: DateKey; agencyId: string }) => row.day >= window.from && row.day <= window.to && agencyIds.has(row.agencyId);
  for (const row of rows.filter(inside)) {
    sums.received += row.received;
    if (row.channel === "ONLINE") sums.receivedOnline += row.received;
    sums.resolvedEarly += row.resolvedEarly;
    sums.resolvedOnTime += row.resolvedOnTime;
    sums.resolvedLate += row.resolvedLate;
    sums.supplementRequests += row.supplementRequests;
    sums.ratings += row.ratings;
    sums.ratingsSatisfied += row.ratingsSatisfied;
  }
  const histogram = new Map<number, number>();
  for (const row of durations.filter(inside)) if (row.count > 0) histogram.set(row.workingDays, (histogram.get(row.workingDays) ?? 0) + row.count);
  sums.durations = histogram;
  return sums;
}
