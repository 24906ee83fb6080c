import "server-only";
// Sums read off the rollups for a scope and a span of days, grouped by one dimension in
// PostgreSQL. Never the dossier table, except the range of running dossiers past their date
// (dossier_running_reference_due_idx), which holds only the overdue backlog. What each read costs
// on a city's history is in docs/domain/statistics.md ("What a request reads").
import { fromLocal, type DateKey } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { CITY_SCOPE_ID, monthOf, ROLLUP_COLUMNS, ROLLUP_COUNTERS } from "@/lib/dossiers/rollups";
import { Prisma } from "@/prisma/generated/client";
import { zeroCounters, type Channel, type Counters, type LiveCounts } from "./figures";
import { splitIntoMonthsAndDays } from "./period";

/** The rows a scope covers: every agency and procedure, one agency, or some procedures. */
export type ScopeFilter = { agencyId?: string; procedureIds?: string[] };

/** The dimension PostgreSQL groups by (a field is grouped by procedure, then merged). */
export type Dimension = "none" | "agency" | "procedure" | "channel" | "month";

export type FlowSums = { flows: Counters; receivedByChannel: Record<Channel, number> };

function scopeWhere(scope: ScopeFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.agencyId) parts.push(Prisma.sql`agency_id = ${scope.agencyId}::uuid`);
  if (scope.procedureIds) parts.push(Prisma.sql`procedure_id = ANY(${scope.procedureIds}::uuid[])`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

function groupExpression(dimension: Dimension, period: Prisma.Sql): Prisma.Sql {
  switch (dimension) {
    case "none":
      return Prisma.sql`''`;
    case "agency":
      return Prisma.sql`agency_id::text`;
    case "procedure":
      return Prisma.sql`procedure_id::text`;
    case "channel":
      return Prisma.sql`channel::text`;
    case "month":
      return Prisma.sql`to_char(${period}, 'YYYY-MM')`;
  }
}

const COUNTER_COLUMNS = ROLLUP_COUNTERS.map((counter) => [counter, ROLLUP_COLUMNS[counter]] as const);
const selectCounters = Prisma.raw(COUNTER_COLUMNS.map(([, column]) => `"${column}"`).join(", "));
const sumCounters = Prisma.raw(COUNTER_COLUMNS.map(([counter, column]) => `sum("${column}")::int AS "${counter}"`).join(", "));
/** The receipts per channel, from a table keyed by channel. */
const receiptsByChannel = Prisma.raw(
  "CASE WHEN channel = 'ONLINE' THEN received ELSE 0 END AS received_online, " +
    "CASE WHEN channel = 'IN_PERSON' THEN received ELSE 0 END AS received_in_person, " +
    "CASE WHEN channel = 'POST' THEN received ELSE 0 END AS received_post",
);

/**
 * Whether the agencies' own rollups (stat_agency_monthly, stat_agency_open) answer: a scope of
 * the city or one agency, grouped by nothing, agency or month. A city-wide year then reads twelve
 * rows per agency instead of twelve per agency, procedure and channel.
 */
function isPerAgency(scope: ScopeFilter, dimension: Dimension): boolean {
  return !scope.procedureIds && (dimension === "none" || dimension === "agency" || dimension === "month");
}

type FlowRow = Record<(typeof ROLLUP_COUNTERS)[number], number> & { g: string; online: number; in_person: number; post: number };

/**
 * The flows of [from, to] by group: whole months from the monthly rollups, the days of months cut
 * by the span's ends from stat_daily. Days after today simply have no rows yet.
 */
export async function readFlows(scope: ScopeFilter, from: DateKey, to: DateKey, dimension: Dimension): Promise<Map<string, FlowSums>> {
  const { months, days } = splitIntoMonthsAndDays(from, to);
  const where = scopeWhere(scope);
  const parts: Prisma.Sql[] = [];
  if (months.length > 0) {
    parts.push(
      isPerAgency(scope, dimension)
        ? Prisma.sql`
          SELECT ${groupExpression(dimension, Prisma.sql`month`)} AS g, ${selectCounters}, received_online, received_in_person, received_post
          FROM stat_agency_monthly WHERE ${where} AND month = ANY(${months}::date[])`
        : Prisma.sql`
          SELECT ${groupExpression(dimension, Prisma.sql`month`)} AS g, ${selectCounters}, ${receiptsByChannel}
          FROM stat_monthly WHERE ${where} AND month = ANY(${months}::date[])`,
    );
  }
  for (const span of days) {
    parts.push(Prisma.sql`
      SELECT ${groupExpression(dimension, Prisma.sql`day`)} AS g, ${selectCounters}, ${receiptsByChannel}
      FROM stat_daily WHERE ${where} AND day BETWEEN ${span.from}::date AND ${span.to}::date`);
  }
  const rows = await db.$queryRaw<FlowRow[]>`
    SELECT g, ${sumCounters},
      sum(received_online)::int AS online, sum(received_in_person)::int AS in_person, sum(received_post)::int AS post
    FROM (${Prisma.join(parts, " UNION ALL ")}) AS t GROUP BY g`;
  const sums = new Map<string, FlowSums>();
  for (const row of rows) {
    const flows = zeroCounters();
    for (const counter of ROLLUP_COUNTERS) flows[counter] = Number(row[counter] ?? 0);
    sums.set(row.g, { flows, receivedByChannel: { ONLINE: Number(row.online), IN_PERSON: Number(row.in_person), POST: Number(row.post) } });
  }
  return sums;
}

/**
 * Dossiers in hand at the start of `day`, by group: carried into the day's month by the dossiers
 * that have since left (carried_in), plus those still open that were received before that month
 * (stat_open), plus the net flow of the month's days before `day` (stat_daily).
 */
export async function readCarriedOver(scope: ScopeFilter, day: DateKey, dimension: Exclude<Dimension, "month">): Promise<Map<string, number>> {
  const month = monthOf(day);
  const where = scopeWhere(scope);
  const group = groupExpression(dimension, Prisma.sql`NULL`);
  const [monthly, open] = isPerAgency(scope, dimension) ? [Prisma.sql`stat_agency_monthly`, Prisma.sql`stat_agency_open`] : [Prisma.sql`stat_monthly`, Prisma.sql`stat_open`];
  const dailyPart =
    day > month
      ? Prisma.sql`
        UNION ALL
        SELECT ${group} AS g, received - resolved_early - resolved_on_time - resolved_late - withdrawn - stopped
        FROM stat_daily WHERE ${where} AND day >= ${month}::date AND day < ${day}::date`
      : Prisma.empty;
  const rows = await db.$queryRaw<{ g: string; n: number }[]>`
    SELECT g, sum(n)::int AS n FROM (
      SELECT ${group} AS g, carried_in AS n FROM ${monthly} WHERE ${where} AND month = ${month}::date AND carried_in <> 0
      UNION ALL
      SELECT ${group} AS g, count AS n FROM ${open} WHERE ${where} AND received_month < ${month}::date AND count <> 0
      ${dailyPart}
    ) AS t GROUP BY g`;
  return new Map(rows.map((row) => [row.g, Number(row.n)]));
}

/**
 * The open statuses now (stat_status) and the running dossiers past the date the agency is judged
 * by (the reference date, never moved by an apology): a deadline in days is overdue from the day
 * after its date, one in hours from its minute (the verdict rule of docs/domain/deadlines.md).
 * The overdue ones are read agency by agency through dossier_running_reference_due_idx.
 */
export async function readLive(scope: ScopeFilter, now: Date, today: DateKey, dimension: Exclude<Dimension, "month">): Promise<Map<string, LiveCounts>> {
  const where = scopeWhere(scope);
  const group = groupExpression(dimension, Prisma.sql`NULL`);
  const statuses = await db.$queryRaw<{ g: string; running: number; supplement: number; payment: number }[]>`
    SELECT ${group} AS g,
      coalesce(sum(count) FILTER (WHERE status IN ('RECEIVED', 'IN_PROCESSING')), 0)::int AS running,
      coalesce(sum(count) FILTER (WHERE status = 'SUPPLEMENT_REQUESTED'), 0)::int AS supplement,
      coalesce(sum(count) FILTER (WHERE status = 'AWAITING_PAYMENT'), 0)::int AS payment
    FROM stat_status WHERE ${where} AND status IN ('RECEIVED', 'IN_PROCESSING', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT') AND count <> 0
    GROUP BY g`;
  const startOfToday = fromLocal(today, 0);
  const agencies = scope.agencyId ? Prisma.sql`SELECT ${scope.agencyId}::uuid AS id` : Prisma.sql`SELECT id FROM agency`;
  const procedures = scope.procedureIds ? Prisma.sql`AND d.procedure_id = ANY(${scope.procedureIds}::uuid[])` : Prisma.empty;
  const dossierGroup = groupExpression(dimension, Prisma.sql`NULL`);
  const overdue = await db.$queryRaw<{ g: string; n: number }[]>`
    SELECT ${dossierGroup} AS g, count(*)::int AS n FROM (${agencies}) AS a
    CROSS JOIN LATERAL (
      SELECT d.agency_id, d.procedure_id, d.channel FROM dossier d
      WHERE d.agency_id = a.id AND d.status IN ('RECEIVED', 'IN_PROCESSING') AND d.reference_due_at < ${now}
        AND (d.deadline_precision = 'INSTANT' OR d.reference_due_at < ${startOfToday}) ${procedures}
      -- Kept a subquery (not flattened into a join), so that each agency is one range of the index.
      OFFSET 0
    ) AS overdue
    GROUP BY g`;
  const live = new Map<string, LiveCounts>();
  for (const row of statuses) live.set(row.g, { running: Number(row.running), overdue: 0, supplement: Number(row.supplement), payment: Number(row.payment) });
  for (const row of overdue) {
    const entry = live.get(row.g) ?? { running: 0, overdue: 0, supplement: 0, payment: 0 };
    entry.overdue = Number(row.n);
    live.set(row.g, entry);
  }
  return live;
}

/**
 * The histogram of working days of [from, to] for a scope: one agency's procedure from
 * stat_duration, anything wider from its sums per city, agency or procedure (stat_duration_scope).
 */
export async function readDurations(scope: ScopeFilter, from: DateKey, to: DateKey): Promise<{ workingDays: number; count: number }[]> {
  const within = Prisma.sql`day BETWEEN ${from}::date AND ${to}::date`;
  const source =
    scope.agencyId && scope.procedureIds
      ? Prisma.sql`stat_duration WHERE ${scopeWhere(scope)} AND ${within}`
      : scope.agencyId
        ? Prisma.sql`stat_duration_scope WHERE scope = 'AGENCY' AND scope_id = ${scope.agencyId}::uuid AND ${within}`
        : scope.procedureIds
          ? Prisma.sql`stat_duration_scope WHERE scope = 'PROCEDURE' AND scope_id = ANY(${scope.procedureIds}::uuid[]) AND ${within}`
          : Prisma.sql`stat_duration_scope WHERE scope = 'CITY' AND scope_id = ${CITY_SCOPE_ID}::uuid AND ${within}`;
  const rows = await db.$queryRaw<{ working_days: number; n: number }[]>`
    SELECT working_days, sum(count)::int AS n FROM ${source} GROUP BY working_days ORDER BY working_days`;
  return rows.map((row) => ({ workingDays: Number(row.working_days), count: Number(row.n) }));
}

/**
 * A procedure's histogram of [from, to] by its code, across agencies (isOwn false) and, with
 * `agencyId`, that agency's own (isOwn true): the two rows sets are apart, not one inside the other.
 */
export async function readProcedureDurations(
  procedureCode: string,
  agencyId: string | null,
  from: DateKey,
  to: DateKey,
): Promise<{ workingDays: number; count: number; isOwn: boolean }[]> {
  const own = agencyId
    ? Prisma.sql`
      UNION ALL
      SELECT d.working_days, d.count, true FROM stat_duration d JOIN procedure p ON p.id = d.procedure_id
      WHERE p.code = ${procedureCode} AND d.agency_id = ${agencyId}::uuid AND d.day BETWEEN ${from}::date AND ${to}::date`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ working_days: number; n: number; own: boolean }[]>`
    SELECT working_days, sum(count)::int AS n, own FROM (
      SELECT s.working_days, s.count, false AS own FROM stat_duration_scope s JOIN procedure p ON p.id = s.scope_id
      WHERE s.scope = 'PROCEDURE' AND p.code = ${procedureCode} AND s.day BETWEEN ${from}::date AND ${to}::date
      ${own}
    ) AS t GROUP BY working_days, own`;
  return rows.map((row) => ({ workingDays: Number(row.working_days), count: Number(row.n), isOwn: row.own }));
}
