import "server-only";
// "How long it really takes" (docs/domain/statistics.md): over the last 90 days, the median and
// 90th percentile of whole working days from the clock's start to the result (waits for the
// applicant excluded), the share resolved on time, and the legal limit, read from stat_duration
// and the monthly/daily counters; and the sentence "usually resolved in N working days".
import { addDays, localDateOf } from "@/lib/calendar/local-time";
import { configuredWorkingHours } from "@/lib/calendar/configured";
import { workingMinutesPerDay } from "@/lib/calendar/working-calendar";
import { db } from "@/lib/db";
import { rate } from "./figures";
import { histogramOf, limitInWorkingDays, percentile, sampleSize, usualWorkingDays, WINDOW_DAYS } from "./percentiles";
import type { StatisticsScope } from "./query";
import { readDurations, readFlows, readProcedureDurations, type ScopeFilter } from "./read-rollups";
import { resolveScope } from "./resolve-scope";
import type { TLegalLimit, TProcessingTime } from "./schemas";
import type { UsualProcessingTime } from "./types";

type StoredLimit = { value: { toString(): string } | number | null; unit: "WORKING_DAYS" | "CALENDAR_DAYS" | "HOURS" | null };

function legalLimitOf(stored: StoredLimit): TLegalLimit | null {
  if (stored.value === null || stored.unit === null) return null;
  const value = Number(stored.value);
  return { value, unit: stored.unit, workingDays: limitInWorkingDays({ value, unit: stored.unit }, workingMinutesPerDay(configuredWorkingHours())) };
}

/** The window of the figures: the last 90 days, today included. */
export function processingWindow(now: Date): { from: string; to: string; days: number } {
  const to = localDateOf(now);
  return { from: addDays(to, -(WINDOW_DAYS - 1)), to, days: WINDOW_DAYS };
}

async function figuresOver(filter: ScopeFilter, now: Date): Promise<Omit<TProcessingTime, "legalLimit" | "onlineLegalLimit">> {
  const window = processingWindow(now);
  const [rows, flows] = await Promise.all([readDurations(filter, window.from, window.to), readFlows(filter, window.from, window.to, "none")]);
  const histogram = histogramOf(rows);
  const counters = flows.get("")?.flows;
  const resolved = counters ? counters.resolvedEarly + counters.resolvedOnTime + counters.resolvedLate : 0;
  return {
    window,
    sample: sampleSize(histogram),
    medianWorkingDays: percentile(histogram, 0.5),
    p90WorkingDays: percentile(histogram, 0.9),
    usualWorkingDays: usualWorkingDays(histogram),
    onTimeRate: counters ? rate(counters.resolvedEarly + counters.resolvedOnTime, resolved) : null,
    histogram: [...histogram].sort(([a], [b]) => a - b).map(([workingDays, count]) => ({ workingDays, count })),
  };
}

/**
 * The processing time of any statistics scope over the last 90 days; `agency` (code or slug)
 * narrows a procedure or field to one agency. The legal limit is given for a procedure only.
 * Throws NOT_FOUND for an unknown code.
 */
export async function processingTimeFor(scope: StatisticsScope, options: { now: Date; agency?: string }): Promise<TProcessingTime> {
  const resolved = await resolveScope(scope);
  const filter = { ...resolved.filter };
  if (options.agency) {
    const agency = await resolveScope({ kind: "agency", agency: options.agency });
    filter.agencyId = agency.filter.agencyId;
  }
  const figures = await figuresOver(filter, options.now);
  if (scope.kind !== "procedure") return { ...figures, legalLimit: null, onlineLegalLimit: null };
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: scope.procedure },
    select: { timeLimitValue: true, timeLimitUnit: true, onlineTimeLimitValue: true, onlineTimeLimitUnit: true },
  });
  return {
    ...figures,
    legalLimit: legalLimitOf({ value: procedure.timeLimitValue, unit: procedure.timeLimitUnit }),
    onlineLegalLimit: legalLimitOf({ value: procedure.onlineTimeLimitValue, unit: procedure.onlineTimeLimitUnit }),
  };
}

/** The processing time of a procedure, by its code, optionally at one agency. */
export async function procedureProcessingTime(procedureCode: string, options: { now: Date; agency?: string }): Promise<TProcessingTime> {
  return processingTimeFor({ kind: "procedure", procedure: procedureCode }, options);
}

/**
 * The sentence's figure for a procedure (by its code, as pages hold it), at an agency when that
 * agency alone resolved enough dossiers in the last 90 days, else across every agency that
 * implements it. One read of stat_duration.
 */
export async function usualProcessingTime(target: { procedureCode: string; agencyId?: string | null }, now: Date): Promise<UsualProcessingTime> {
  const window = processingWindow(now);
  const rows = await readProcedureDurations(target.procedureCode, target.agencyId ?? null, window.from, window.to);
  const own = histogramOf(rows.filter((row) => row.isOwn));
  const ownDays = target.agencyId ? usualWorkingDays(own) : null;
  if (ownDays !== null) return { workingDays: ownDays, sample: sampleSize(own), basis: "agency" };
  const all = histogramOf(rows.filter((row) => !row.isOwn));
  const days = usualWorkingDays(all);
  return { workingDays: days, sample: sampleSize(all), basis: days === null ? null : "procedure" };
}
