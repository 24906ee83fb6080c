import "server-only";
import { db } from "@/lib/db";
import { limitsOf, sharedUnits, type PlanUnitOption } from "./edit-plan";
import type { DayKindName, OfficerRoleName, TimeLimit, TimeUnitName, UnitKindName } from "./rules";
import { agencyFilter, UUID, type AdminActor } from "./scope";

// What the administrator's pages read. Every query of one row is limited to the agencies the
// actor administers: a unit or officer of another agency is null, and the page answers 404.

export async function agencyOverview(agencyId: string, now: Date) {
  const [units, activeOfficers, inactiveOfficers, invitations, procedures] = await Promise.all([
    db.agencyUnit.count({ where: { agencyId, isActive: true } }),
    db.user.count({ where: { agencyId, role: "OFFICER", isActive: true } }),
    db.user.count({ where: { agencyId, role: "OFFICER", isActive: false } }),
    db.staffInvitation.count({ where: { agencyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } }),
    db.procedureAgency.count({ where: { agencyId } }),
  ]);
  return { units, activeOfficers, inactiveOfficers, invitations, procedures };
}

export type UnitRow = { id: string; code: string; name: string; kind: UnitKindName; isActive: boolean; officers: number };

export async function unitsOf(agencyId: string): Promise<UnitRow[]> {
  const units = await db.agencyUnit.findMany({
    where: { agencyId },
    orderBy: [{ isActive: "desc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, kind: true, isActive: true, _count: { select: { officers: { where: { isActive: true } } } } },
  });
  return units.map(({ _count, ...unit }) => ({ ...unit, officers: _count.officers }));
}

export async function unitForAdmin(actor: AdminActor, unitId: string) {
  if (!UUID.test(unitId)) return null;
  const unit = await db.agencyUnit.findFirst({
    where: { id: unitId, ...agencyFilter(actor) },
    select: {
      id: true, code: true, name: true, kind: true, isActive: true, agencyId: true, agency: { select: { name: true } },
      officers: { orderBy: { fullName: "asc" }, select: { id: true, fullName: true, officerRole: true, isActive: true } },
    },
  });
  if (!unit) return null;
  const heldDossiers = await db.dossier.count({ where: { currentUnitId: unit.id, closedAt: null } });
  return { ...unit, heldDossiers };
}

export type OfficerRow = {
  id: string; fullName: string; email: string | null; unitName: string | null; officerRole: OfficerRoleName | null;
  isActive: boolean; hasSecondFactor: boolean; lastSignInAt: Date | null;
};

export async function officersOf(agencyId: string): Promise<OfficerRow[]> {
  const officers = await db.user.findMany({
    where: { agencyId, role: "OFFICER" },
    orderBy: [{ isActive: "desc" }, { fullName: "asc" }],
    select: { id: true, fullName: true, email: true, officerRole: true, isActive: true, totpEnabledAt: true, lastSignInAt: true, unit: { select: { name: true } } },
  });
  return officers.map(({ unit, totpEnabledAt, ...officer }) => ({ ...officer, unitName: unit?.name ?? null, hasSecondFactor: totpEnabledAt !== null }));
}

export async function pendingInvitations(agencyId: string, now: Date) {
  const rows = await db.staffInvitation.findMany({
    where: { agencyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, fullName: true, officerRole: true, expiresAt: true, unit: { select: { name: true } } },
  });
  return rows.map(({ unit, ...row }) => ({ ...row, unitName: unit.name }));
}

export async function officerForAdmin(actor: AdminActor, officerId: string) {
  if (!UUID.test(officerId)) return null;
  const officer = await db.user.findFirst({
    where: { id: officerId, role: "OFFICER", ...agencyFilter(actor) },
    select: {
      id: true, fullName: true, email: true, officerRole: true, isActive: true, totpEnabledAt: true, lastSignInAt: true, lockedUntil: true,
      agencyId: true, agency: { select: { name: true } }, unit: { select: { id: true, name: true, code: true } },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!officer?.agencyId) return null;
  const heldDossiers = await db.dossier.count({ where: { currentHandlerId: officer.id, closedAt: null } });
  const { _count, ...rest } = officer;
  return { ...rest, agencyId: officer.agencyId, recoveryCodesLeft: _count.recoveryCodes, heldDossiers };
}

/** The agency's units to invite an officer into (active ones). */
export function activeUnitsOf(agencyId: string) {
  return db.agencyUnit.findMany({ where: { agencyId, isActive: true }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true, kind: true } });
}

export type ProcedurePlanRow = { code: string; name: string; steps: number; missingUnits: string[] };

/** The procedures the agency implements, each with its plan's length and the unit codes the agency lacks. */
export async function proceduresOf(agencyId: string): Promise<ProcedurePlanRow[]> {
  const [links, units] = await Promise.all([
    db.procedureAgency.findMany({
      where: { agencyId, procedure: { isActive: true } },
      orderBy: { procedure: { code: "asc" } },
      select: { procedure: { select: { code: true, name: true, steps: { select: { unitCode: true } } } } },
    }),
    db.agencyUnit.findMany({ where: { agencyId, isActive: true }, select: { code: true } }),
  ]);
  const codes = new Set(units.map((unit) => unit.code));
  return links.map(({ procedure }) => ({
    code: procedure.code,
    name: procedure.name,
    steps: procedure.steps.length,
    missingUnits: [...new Set(procedure.steps.map((step) => step.unitCode).filter((code) => !codes.has(code)))],
  }));
}

export type PlanView = {
  code: string; name: string; limits: TimeLimit[]; limitText: string | null; units: PlanUnitOption[]; agencyCount: number;
  steps: { position: number; name: string; unitCode: string; unitKind: UnitKindName; role: OfficerRoleName; durationValue: number | null; durationUnit: TimeUnitName | null }[];
};

/** A procedure's plan; for an agency administrator only if their agency implements it. */
export async function planForAdmin(actor: AdminActor, code: string): Promise<PlanView | null> {
  if (!/^\d\.\d{6}$/.test(code)) return null;
  const procedure = await db.procedure.findFirst({
    where: { code, ...(actor.agencyId ? { agencies: { some: { agencyId: actor.agencyId } } } : {}) },
    select: {
      code: true, name: true, timeLimitValue: true, timeLimitUnit: true, onlineTimeLimitValue: true, onlineTimeLimitUnit: true, timeLimitText: true,
      agencies: { select: { agency: { select: { units: { select: { code: true, kind: true, name: true, isActive: true } } } } } },
      steps: { orderBy: { position: "asc" }, select: { position: true, name: true, unitCode: true, unitKind: true, role: true, durationValue: true, durationUnit: true } },
    },
  });
  if (!procedure) return null;
  return {
    code: procedure.code,
    name: procedure.name,
    limits: limitsOf(procedure),
    limitText: procedure.timeLimitText,
    units: sharedUnits(procedure.agencies.map((link) => link.agency)),
    agencyCount: procedure.agencies.length,
    steps: procedure.steps.map((step) => ({ ...step, durationValue: step.durationValue === null ? null : Number(step.durationValue) })),
  };
}

/** Every procedure, for the system administrator's plan list (code or name filter). */
export async function proceduresMatching(query: string, take = 50): Promise<ProcedurePlanRow[]> {
  const rows = await db.procedure.findMany({
    where: { isActive: true, ...(query ? { OR: [{ code: { startsWith: query } }, { name: { contains: query, mode: "insensitive" } }] } : {}) },
    orderBy: { code: "asc" },
    take,
    select: { code: true, name: true, _count: { select: { steps: true } } },
  });
  return rows.map((row) => ({ code: row.code, name: row.name, steps: row._count.steps, missingUnits: [] }));
}

export type CalendarYearRow = { year: number; isPublished: boolean; source: string | null; publishedAt: Date | null; days: number; daysOff: number; makeUpDays: number };

export async function calendarYears(): Promise<CalendarYearRow[]> {
  const [years, counts] = await Promise.all([
    db.calendarYear.findMany({ orderBy: { year: "asc" }, select: { year: true, isPublished: true, source: true, publishedAt: true } }),
    db.$queryRaw<{ year: number; days: number; days_off: number; make_up: number }[]>`
      SELECT extract(year FROM date)::int AS year, count(*)::int AS days,
             count(*) FILTER (WHERE kind IN ('HOLIDAY', 'COMPENSATORY_DAY_OFF'))::int AS days_off,
             count(*) FILTER (WHERE kind = 'MAKEUP_WORKDAY')::int AS make_up
      FROM calendar_day GROUP BY 1`,
  ]);
  return years.map((year) => {
    const count = counts.find((row) => row.year === year.year);
    return { ...year, days: count?.days ?? 0, daysOff: count?.days_off ?? 0, makeUpDays: count?.make_up ?? 0 };
  });
}

export type CalendarDayRow = { date: string; kind: DayKindName; isWorkingDay: boolean; name: string | null };

/** A year: its publication and its exceptions (holidays, days off, make-up days), in date order. */
export async function calendarYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  const row = await db.calendarYear.findUnique({ where: { year }, select: { year: true, isPublished: true, source: true, publishedAt: true } });
  if (!row) return null;
  const [days, total] = await Promise.all([
    db.calendarDay.findMany({
      where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) }, kind: { in: ["HOLIDAY", "COMPENSATORY_DAY_OFF", "MAKEUP_WORKDAY"] } },
      orderBy: { date: "asc" },
      select: { date: true, kind: true, isWorkingDay: true, name: true },
    }),
    db.calendarDay.count({ where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } }),
  ]);
  const provisional = await db.dossier.count({ where: { isDueProvisional: true, closedAt: null } });
  return { ...row, days: days.map((day) => ({ ...day, date: day.date.toISOString().slice(0, 10) })) as CalendarDayRow[], total, provisional };
}
