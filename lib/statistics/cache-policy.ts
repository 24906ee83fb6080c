// How long a statistics view may be served from a cache, and the tags that invalidate it
// (docs/domain/statistics.md, "Caching"). Pure.
//
// A closed period's figures never change with new transitions: its flows are rows of past days and
// months, and its carried over is invariant (a dossier that leaves today moves 1 from stat_open to
// carried_in of the same months, so every past month's sum stays the same). Only maintenance
// rewrites them (recountRollups, a history load, a migration's backfill). An open period moves
// with every transition of its scope, and its "in progress, overdue" with the clock.
import type { StatisticsPeriod } from "./period";

export const STATISTICS_TAG = "statistics";
export const CLOSED_PERIODS_TAG = "statistics:closed";
export const OPEN_PERIODS_TAG = "statistics:open";

/** Seconds an open period's figures may be a little old (a minute, like the calendar's cache). */
export const OPEN_PERIOD_SECONDS = 60;
/** A closed period is kept a day at most, so that a maintenance run shows within a day even uninvalidated. */
export const CLOSED_PERIOD_SECONDS = 24 * 60 * 60;

export type CachePolicy = { tags: string[]; revalidateSeconds: number };

export function statisticsCachePolicy(period: Pick<StatisticsPeriod, "isOpen">): CachePolicy {
  return period.isOpen
    ? { tags: [STATISTICS_TAG, OPEN_PERIODS_TAG], revalidateSeconds: OPEN_PERIOD_SECONDS }
    : { tags: [STATISTICS_TAG, CLOSED_PERIODS_TAG], revalidateSeconds: CLOSED_PERIOD_SECONDS };
}
