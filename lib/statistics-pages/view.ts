// What a public statistics page shows (and its JSON download holds, the same data): the figures
// of a scope and period, a monthly trend, the rankings of agencies, the breakdowns that link to
// the next scope down (city → field, agency → procedure), and, for a procedure, how long it really
// takes. Pure: the shapes, and which parts a scope has.
import { addDays } from "@/lib/calendar/local-time";
import { monthOf, nextMonth } from "@/lib/dossiers/rollups";
import { monthsOf, rangePeriod, type StatisticsPeriod } from "@/lib/statistics/period";
import type { ScopeKind } from "@/lib/statistics/query";
import type { TFigures, TProcessingTime, TStatisticsGroup } from "@/lib/statistics/schemas";

export type ViewScope = {
  kind: ScopeKind;
  /** The agency's national code, the field's or the procedure's code; null for the city. */
  code: string | null;
  /** The agency's slug (its page's address); null for other scopes. */
  slug: string | null;
  name: string;
  nameEn: string | null;
};

/** A group of a breakdown, with the address of its own statistics page where it has one. */
export type ViewGroup = TStatisticsGroup & { slug?: string | null };

export type StatisticsView = {
  scope: ViewScope;
  period: StatisticsPeriod;
  /** When the figures were read (ISO 8601): a cached view says how old it is. */
  asOf: string;
  totals: TFigures;
  /** One group per month (key yyyy-MM), each carrying over the previous month's dossiers in hand. */
  trend: { from: string; to: string; months: ViewGroup[] };
  /** Agencies in rank order (city, field, procedure); null where the scope is one agency. */
  agencies: ViewGroup[] | null;
  /** By field (city). */
  fields: ViewGroup[] | null;
  /** By procedure (agency, field). */
  procedures: ViewGroup[] | null;
  /** How long it really takes, over the last 90 days (procedure). */
  processingTime: TProcessingTime | null;
};

/** The breakdowns each scope's page shows. */
export function breakdownsOf(kind: ScopeKind): { agencies: boolean; fields: boolean; procedures: boolean; processingTime: boolean } {
  return {
    agencies: kind !== "agency",
    fields: kind === "city",
    procedures: kind === "agency" || kind === "field",
    processingTime: kind === "procedure",
  };
}

/** Months a trend shows: a year or longer shows its own months; a shorter period the twelve months up to its end. */
export const TREND_MONTHS = 12;

/**
 * The span of the monthly trend of a period: whole months, from the period's first month when it
 * covers at least twelve, else the twelve months ending with the month of its last day with
 * figures (a month's page then shows where that month stands in its year).
 */
export function trendSpanOf(period: StatisticsPeriod, today: string): StatisticsPeriod {
  const lastMonth = monthOf(period.through);
  const ownMonths = monthsOf(period.from, period.to).length;
  let first = monthOf(period.from);
  if (ownMonths < TREND_MONTHS) {
    first = lastMonth;
    for (let index = 1; index < TREND_MONTHS; index++) first = monthOf(addDays(first, -1));
  }
  return rangePeriod(first, addDays(nextMonth(lastMonth), -1), today);
}
