import "server-only";
// The public statistics of a scope and period (docs/domain/statistics.md), read only from the
// rollups: what GET /api/v1/statistics, the statistics pages and their CSV/JSON downloads show.
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { computeFigures, sumInputs, zeroCounters, type Channel, type FigureInputs, type LiveCounts } from "./figures";
import { monthsOf, type StatisticsPeriod } from "./period";
import type { GroupBy, StatisticsScope } from "./query";
import { rankAgencies } from "./rankings";
import { readCarriedOver, readFlows, readLive, type Dimension, type FlowSums, type ScopeFilter } from "./read-rollups";
import { resolveScope } from "./resolve-scope";
import type { TStatistics, TStatisticsGroup } from "./schemas";

export type StatisticsOptions = { groupBy?: GroupBy; now: Date };

const CHANNEL_LABELS: Record<Channel, { label: string; labelEn: string }> = {
  IN_PERSON: { label: "Trực tiếp", labelEn: "In person" },
  ONLINE: { label: "Trực tuyến", labelEn: "Online" },
  POST: { label: "Bưu chính công ích", labelEn: "By public post" },
};

const NO_FLOWS: FlowSums = { flows: zeroCounters(), receivedByChannel: { IN_PERSON: 0, ONLINE: 0, POST: 0 } };

/**
 * The figures of a scope over a period, totals and, with `groupBy`, per agency (ranked), field,
 * procedure, month (a trend over the months of the period, up to today) or channel. A period that
 * includes today also says what is in progress and paused now; a closed one only how many were
 * still in hand at its end. Throws NOT_FOUND for an unknown agency, field or procedure code.
 */
export async function statisticsFor(scope: StatisticsScope, period: StatisticsPeriod, options: StatisticsOptions): Promise<TStatistics> {
  const { now } = options;
  const groupBy = options.groupBy ?? "none";
  const resolved = await resolveScope(scope);
  const base = { scope: resolved.info, period, groupBy, asOf: now.toISOString() };
  if (groupBy === "month") {
    const { totals, groups } = await byMonth(resolved.filter, period, now);
    return { ...base, totals, groups };
  }
  const dimension: Exclude<Dimension, "month"> = groupBy === "field" ? "procedure" : groupBy;
  const today = localDateOf(now);
  const [flows, carried, live] = await Promise.all([
    readFlows(resolved.filter, period.from, period.to, dimension),
    readCarriedOver(resolved.filter, period.from, dimension),
    period.isOpen ? readLive(resolved.filter, now, today, dimension) : Promise.resolve(null),
  ]);
  const keys = new Set([...flows.keys(), ...carried.keys(), ...(live?.keys() ?? [])]);
  const inputs = new Map<string, FigureInputs>();
  for (const key of keys) {
    const sums = flows.get(key) ?? NO_FLOWS;
    inputs.set(key, { carriedOver: carried.get(key) ?? 0, ...sums, live: live ? (live.get(key) ?? emptyLive()) : null });
  }
  const totals = computeFigures(sumInputs([...inputs.values()], period.isOpen));
  if (groupBy === "none") return { ...base, totals, groups: [] };
  return { ...base, totals, groups: await labelledGroups(groupBy, inputs, period.isOpen) };
}

/** The agencies of a scope ranked for a period (statisticsFor grouped by agency). */
export async function agencyRankingsFor(scope: StatisticsScope, period: StatisticsPeriod, now: Date): Promise<TStatistics> {
  return statisticsFor(scope, period, { groupBy: "agency", now });
}

const emptyLive = (): LiveCounts => ({ running: 0, overdue: 0, supplement: 0, payment: 0 });

/** Months of the period up to today, each with the dossiers carried over from the previous one. */
async function byMonth(filter: ScopeFilter, period: StatisticsPeriod, now: Date) {
  const today = localDateOf(now);
  const [flows, carried, live] = await Promise.all([
    // Up to the period's end: a month not over yet is read from its monthly row (no rows exist after today).
    readFlows(filter, period.from, period.to, "month"),
    readCarriedOver(filter, period.from, "none"),
    period.isOpen ? readLive(filter, now, today, "none") : Promise.resolve(null),
  ]);
  const months = monthsOf(period.from, period.through);
  let carriedOver = carried.get("") ?? 0;
  const groups: TStatisticsGroup[] = [];
  const parts: FigureInputs[] = [];
  months.forEach((part, index) => {
    const key = part.month.slice(0, 7);
    const isCurrent = period.isOpen && index === months.length - 1;
    const input: FigureInputs = { carriedOver, ...(flows.get(key) ?? NO_FLOWS), live: isCurrent ? (live?.get("") ?? emptyLive()) : null };
    const figures = computeFigures(input);
    groups.push({ key, label: `${key.slice(5, 7)}/${key.slice(0, 4)}`, labelEn: null, figures });
    parts.push({ ...input, carriedOver: 0 });
    carriedOver = figures.carriedForward;
  });
  const total = sumInputs(parts, period.isOpen);
  total.carriedOver = carried.get("") ?? 0;
  if (period.isOpen) total.live = live?.get("") ?? emptyLive();
  return { totals: computeFigures(total), groups };
}

async function labelledGroups(groupBy: Exclude<GroupBy, "none" | "month">, inputs: Map<string, FigureInputs>, isOpen: boolean): Promise<TStatisticsGroup[]> {
  switch (groupBy) {
    case "channel":
      return [...inputs].map(([key, input]) => ({ key, ...CHANNEL_LABELS[key as Channel], figures: computeFigures(input) })).sort((a, b) => a.key.localeCompare(b.key));
    case "procedure": {
      const procedures = await db.procedure.findMany({ where: { id: { in: [...inputs.keys()] } }, select: { id: true, code: true, name: true, nameEn: true } });
      return procedures
        .map((procedure) => ({ key: procedure.code, label: procedure.name, labelEn: procedure.nameEn, figures: computeFigures(inputs.get(procedure.id)!) }))
        .sort((a, b) => a.key.localeCompare(b.key));
    }
    case "field": {
      const procedures = await db.procedure.findMany({
        where: { id: { in: [...inputs.keys()] } },
        select: { id: true, field: { select: { code: true, name: true, nameEn: true } } },
      });
      const byField = new Map<string, { field: { code: string; name: string; nameEn: string | null }; parts: FigureInputs[] }>();
      for (const procedure of procedures) {
        const entry = byField.get(procedure.field.code) ?? { field: procedure.field, parts: [] };
        entry.parts.push(inputs.get(procedure.id)!);
        byField.set(procedure.field.code, entry);
      }
      return [...byField.values()]
        .map(({ field, parts }) => ({ key: field.code, label: field.name, labelEn: field.nameEn, figures: computeFigures(sumInputs(parts, isOpen)) }))
        .sort((a, b) => a.key.localeCompare(b.key));
    }
    case "agency": {
      const agencies = await db.agency.findMany({ where: { id: { in: [...inputs.keys()] } }, select: { id: true, code: true, name: true, nameEn: true } });
      const ranked = rankAgencies(agencies.map((agency) => ({ ...agency, figures: computeFigures(inputs.get(agency.id)!) })));
      return ranked.map(({ code, name, nameEn, figures, rank }) => ({ key: code, label: name, labelEn: nameEn, rank, figures }));
    }
  }
}
