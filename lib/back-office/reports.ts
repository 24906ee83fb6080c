import "server-only";
// The accountability report (báo cáo trách nhiệm giải trình, docs/domain/reports.md): per unit and
// per officer over a period, the legs of the control slip they completed, how long they held them
// (median and 90th percentile, in working time: nights, weekends and days off do not count), how
// many were late, the send-backs, the apologies; and the dossiers sitting longest without a
// hand-over. Leaders see their agency, a unit head their unit; anyone else gets nothing (404).
//
// Bounded: the legs are read through processing_step (unit_id, completed_at) for the units in
// scope and the period only, and aggregated in PostgreSQL (percentile_cont); the working time of
// each leg is computed there too, from a cumulative count of working minutes per day built from
// the calendar table over the days the legs span (the same rule as workingMinutesBetween).
import { loadCalendarContext } from "@/lib/calendar/load";
import { workingMinutesBetween, workingMinutesPerDay, type CalendarContext } from "@/lib/calendar";
import type { OfficerUser } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/db-client";
import { periodBounds, type ReportPeriod } from "./report-period";

export type ReportScope = { agencyId: string; unitId: string | null };

/** What an officer may see: the agency for its leaders, the unit for its head, nothing for others. */
export function reportScopeOf(user: Pick<OfficerUser, "post">): ReportScope | null {
  const { officerRole, agencyId, unitId } = user.post;
  if (officerRole === "AGENCY_LEADER") return { agencyId, unitId: null };
  if (officerRole === "UNIT_HEAD" && unitId) return { agencyId, unitId };
  return null;
}

export type LegFigures = {
  handled: number;
  /** Working minutes held: median and 90th percentile; null without a leg. */
  medianMinutes: number | null;
  p90Minutes: number | null;
  late: number;
  /** Legs this unit or officer closed by sending the dossier back to an earlier step. */
  sentBack: number;
  /** Legs that came back to this unit or officer from a later step (bounces). */
  returned: number;
  apologies: number;
};

export type UnitFigures = LegFigures & { unitId: string; unitName: string };
export type OfficerFigures = LegFigures & { officerId: string; fullName: string; unitName: string | null };
export type OpenLeg = {
  dossierId: string; code: string; procedureName: string; legTitle: string; unitName: string | null; holderName: string | null;
  startedAt: Date; dueAt: Date | null; workingDaysHeld: number;
};

export type AccountabilityReport = {
  scope: ReportScope;
  period: ReportPeriod;
  total: LegFigures;
  units: UnitFigures[];
  officers: OfficerFigures[];
  longestOpen: OpenLeg[];
};

type FigureRow = {
  by_unit: boolean; by_handler: boolean; unit_id: string | null; handler_id: string | null;
  handled: bigint; median: number | null; p90: number | null; late: bigint; sent_back: bigint; returned: bigint;
};

/**
 * One pass over the legs of the scope's units completed in the period, grouped three ways: per
 * unit, per handler, and all together (percentiles over all legs, not an average of units').
 */
async function legFigures(client: PrismaClient, unitIds: string[], period: ReportPeriod, context: CalendarContext): Promise<FigureRow[]> {
  const { start, end } = periodBounds(period);
  const [[morningStart, morningEnd], [afternoonStart, afternoonEnd]] = context.hours.periods as [[number, number], [number, number]];
  const perDay = workingMinutesPerDay(context.hours);
  // Local (UTC+7) date and minute of an instant; the working minutes elapsed in a working day by a minute.
  return client.$queryRaw<FigureRow[]>`
    WITH legs AS (
      SELECT s.id, s.unit_id, s.handler_id, s.outcome, s.is_bounce,
             (s.started_at AT TIME ZONE 'UTC') + interval '7 hours' AS local_start,
             (s.completed_at AT TIME ZONE 'UTC') + interval '7 hours' AS local_end,
             EXISTS (SELECT 1 FROM processing_step n
                     WHERE n.dossier_id = s.dossier_id AND n.sequence > s.sequence AND n.is_bounce AND n.started_at = s.completed_at) AS was_sent_back
      FROM processing_step s
      WHERE s.unit_id = ANY(${unitIds}::uuid[]) AND s.completed_at >= ${start} AND s.completed_at < ${end}
    ),
    days AS (
      SELECT day::date AS day, COALESCE(c.is_working_day, extract(isodow FROM day) < 6) AS working
      FROM generate_series((SELECT min(local_start)::date FROM legs), (SELECT max(local_end)::date FROM legs), interval '1 day') AS day
      LEFT JOIN calendar_day c ON c.date = day::date
    ),
    cumulative AS (
      SELECT day, working,
             sum(CASE WHEN working THEN ${perDay}::int ELSE 0 END) OVER (ORDER BY day) - CASE WHEN working THEN ${perDay}::int ELSE 0 END AS before
      FROM days
    ),
    held AS (
      SELECT l.*,
        (ce.before + CASE WHEN ce.working THEN
            least(greatest(extract(epoch FROM l.local_end - l.local_end::date) / 60 - ${morningStart}::int, 0), ${morningEnd - morningStart}::int)
          + least(greatest(extract(epoch FROM l.local_end - l.local_end::date) / 60 - ${afternoonStart}::int, 0), ${afternoonEnd - afternoonStart}::int)
          ELSE 0 END)
        - (cs.before + CASE WHEN cs.working THEN
            least(greatest(extract(epoch FROM l.local_start - l.local_start::date) / 60 - ${morningStart}::int, 0), ${morningEnd - morningStart}::int)
          + least(greatest(extract(epoch FROM l.local_start - l.local_start::date) / 60 - ${afternoonStart}::int, 0), ${afternoonEnd - afternoonStart}::int)
          ELSE 0 END) AS minutes
      FROM legs l
      JOIN cumulative cs ON cs.day = l.local_start::date
      JOIN cumulative ce ON ce.day = l.local_end::date
    )
    SELECT GROUPING(unit_id) = 0 AS by_unit, GROUPING(handler_id) = 0 AS by_handler, unit_id, handler_id,
           count(*) AS handled,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(minutes, 0))::float8 AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY greatest(minutes, 0))::float8 AS p90,
           count(*) FILTER (WHERE outcome = 'LATE') AS late,
           count(*) FILTER (WHERE was_sent_back) AS sent_back,
           count(*) FILTER (WHERE is_bounce) AS returned
    FROM held
    GROUP BY GROUPING SETS ((unit_id), (handler_id), ())`;
}

type ApologyRow = { unit_id: string | null; issued_by_id: string; apologies: bigint };

/** Apologies (Mẫu 04) issued in the period for the agency's dossiers, by issuing officer and their unit. */
function apologies(client: PrismaClient, agencyId: string, period: ReportPeriod): Promise<ApologyRow[]> {
  const { start, end } = periodBounds(period);
  return client.$queryRaw<ApologyRow[]>`
    SELECT officer.unit_id, c.issued_by_id, count(*) AS apologies
    FROM due_date_change c
    JOIN dossier d ON d.id = c.dossier_id
    JOIN "user" officer ON officer.id = c.issued_by_id
    WHERE d.agency_id = ${agencyId}::uuid AND c.issued_at >= ${start} AND c.issued_at < ${end}
    GROUP BY officer.unit_id, c.issued_by_id`;
}

type OpenRow = {
  dossier_id: string; code: string; procedure_name: string; title: string; unit_name: string | null; holder_name: string | null;
  started_at: Date; due_at: Date | null;
};

/** The open legs of the scope's units whose dossier's clock runs, oldest first. */
function openLegs(client: PrismaClient, unitIds: string[], limit: number): Promise<OpenRow[]> {
  return client.$queryRaw<OpenRow[]>`
    SELECT s.dossier_id, d.code, p.name AS procedure_name, s.title, u.name AS unit_name, h.full_name AS holder_name, s.started_at, s.due_at
    FROM processing_step s
    JOIN dossier d ON d.id = s.dossier_id
    JOIN procedure p ON p.id = d.procedure_id
    LEFT JOIN agency_unit u ON u.id = s.unit_id
    LEFT JOIN "user" h ON h.id = s.handler_id
    WHERE s.unit_id = ANY(${unitIds}::uuid[]) AND s.completed_at IS NULL
      AND d.status IN ('RECEIVED', 'IN_PROCESSING') AND d.code IS NOT NULL
    ORDER BY s.started_at, s.id
    LIMIT ${limit}`;
}

const figuresOf = (row: FigureRow | undefined, apologyCount: number): LegFigures => ({
  handled: Number(row?.handled ?? 0),
  medianMinutes: row?.median ?? null,
  p90Minutes: row?.p90 ?? null,
  late: Number(row?.late ?? 0),
  sentBack: Number(row?.sent_back ?? 0),
  returned: Number(row?.returned ?? 0),
  apologies: apologyCount,
});

const sum = <K extends string>(rows: { key: K; count: number }[], key: K) => rows.filter((row) => row.key === key).reduce((total, row) => total + row.count, 0);

export async function buildAccountabilityReport(
  client: PrismaClient,
  scope: ReportScope,
  period: ReportPeriod,
  now: Date,
  context: CalendarContext,
  options: { longestOpen?: number } = {},
): Promise<AccountabilityReport> {
  const units = await client.agencyUnit.findMany({
    where: { agencyId: scope.agencyId, ...(scope.unitId ? { id: scope.unitId } : { isActive: true }) },
    select: { id: true, name: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
  });
  const unitIds = units.map((unit) => unit.id);
  const [figures, apologyRows, open, officers] = await Promise.all([
    unitIds.length > 0 ? legFigures(client, unitIds, period, context) : Promise.resolve([]),
    apologies(client, scope.agencyId, period),
    unitIds.length > 0 ? openLegs(client, unitIds, options.longestOpen ?? 20) : Promise.resolve([]),
    client.user.findMany({
      where: { role: "OFFICER", agencyId: scope.agencyId, unitId: { in: unitIds }, isActive: true },
      select: { id: true, fullName: true, unit: { select: { name: true } } },
      orderBy: { fullName: "asc" },
    }),
  ]);
  const inScope = apologyRows.filter((row) => scope.unitId === null || row.unit_id === scope.unitId);
  const byUnit = inScope.map((row) => ({ key: row.unit_id ?? "", count: Number(row.apologies) }));
  const byOfficer = inScope.map((row) => ({ key: row.issued_by_id, count: Number(row.apologies) }));
  const total = figures.find((row) => !row.by_unit && !row.by_handler);
  const handlerRows = new Map(figures.filter((row) => row.by_handler && row.handler_id).map((row) => [row.handler_id!, row]));
  // Officers who held legs of these units from elsewhere (moved since, or of another unit) are listed too.
  const strangers = [...handlerRows.keys()].filter((id) => !officers.some((officer) => officer.id === id));
  const others = strangers.length > 0
    ? await client.user.findMany({ where: { id: { in: strangers } }, select: { id: true, fullName: true, unit: { select: { name: true } } } })
    : [];
  const perDay = workingMinutesPerDay(context.hours);
  return {
    scope,
    period,
    total: figuresOf(total, byUnit.reduce((count, row) => count + row.count, 0)),
    units: units.map((unit) => ({
      unitId: unit.id,
      unitName: unit.name,
      ...figuresOf(figures.find((row) => row.by_unit && row.unit_id === unit.id), sum(byUnit, unit.id)),
    })),
    officers: [...officers, ...others].map((officer) => ({
      officerId: officer.id,
      fullName: officer.fullName,
      unitName: officer.unit?.name ?? null,
      ...figuresOf(handlerRows.get(officer.id), sum(byOfficer, officer.id)),
    })),
    longestOpen: open.map((row) => ({
      dossierId: row.dossier_id,
      code: row.code,
      procedureName: row.procedure_name,
      legTitle: row.title,
      unitName: row.unit_name,
      holderName: row.holder_name,
      startedAt: row.started_at,
      dueAt: row.due_at,
      workingDaysHeld: workingMinutesBetween(row.started_at, now, context) / perDay,
    })),
  };
}

/** The report of the signed-in officer's scope; null when the officer has none (the page answers 404). */
export async function accountabilityReportFor(user: Pick<OfficerUser, "post">, period: ReportPeriod, now: Date): Promise<AccountabilityReport | null> {
  const scope = reportScopeOf(user);
  if (!scope) return null;
  return buildAccountabilityReport(db, scope, period, now, await loadCalendarContext(db));
}
