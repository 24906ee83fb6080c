import "server-only";
// What the delegation commands check against the database: whose delegations the administrator
// records (a city-level agency they administer), that each delegate can take every step of the
// processing plans, and that two delegations of one agency never cover the same scope at once.
import { AdminFieldErrors } from "@/lib/admin/field-errors";
import { UUID, type AdminActor } from "@/lib/admin/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";

/** Refuses with the messages at their fields (keys of DelegationErrors). */
export function fail(fields: Record<string, string>, values: Record<string, string | number> = {}): never {
  throw new AdminFieldErrors(fields, values, "DelegationErrors");
}

/**
 * The delegator a command acts for. An agency administrator records their own agency's delegations
 * only (another agency is "not found", as everywhere in the administration); the system
 * administrator any agency's. Delegations are the city's: the delegator is a city-level agency.
 */
export async function delegatorInScope(actor: AdminActor, delegatorId: string, errors: Record<string, string>): Promise<{ id: string; name: string } | null> {
  if (actor.agencyId && actor.agencyId !== delegatorId) throw new AppError("NOT_FOUND");
  if (!UUID.test(delegatorId)) {
    errors.delegatorId ??= "delegator";
    return null;
  }
  const agency = await db.agency.findUnique({ where: { id: delegatorId }, select: { id: true, name: true, level: true } });
  if (!agency) {
    errors.delegatorId ??= "delegator";
    return null;
  }
  if (agency.level !== "PROVINCE") {
    errors.delegatorId ??= "delegatorLevel";
    return null;
  }
  return { id: agency.id, name: agency.name };
}

/** A delegation the actor may end or revoke: its delegator is theirs (any, for the system administrator). */
export async function delegationInScope(actor: AdminActor, delegationId: string) {
  if (!UUID.test(delegationId)) throw new AppError("NOT_FOUND");
  const row = await db.delegation.findFirst({
    where: { id: delegationId, ...(actor.agencyId ? { delegatorId: actor.agencyId } : {}) },
    select: {
      id: true, delegatorId: true, procedureId: true, fieldId: true, validFrom: true, validUntil: true, revokedAt: true, decisionNumber: true,
      procedure: { select: { code: true } }, field: { select: { name: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { ...row, label: `${row.decisionNumber} · ${row.procedure?.code ?? row.field?.name ?? ""}` };
}

const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The unit codes of the procedures' plans that some delegate cannot staff: the plan names units by
 * code (docs/domain/administration.md), and a delegate without one of them takes those steps in
 * `unitCode`, the unit the decision names. A group is checked on today's members.
 */
export async function missingUnits(args: { procedureIds: string[]; delegateAgencyId: string | null; unitCode: string | null; today: string }): Promise<string[]> {
  const steps = await db.procedureStep.findMany({ where: { procedureId: { in: args.procedureIds } }, select: { unitCode: true }, distinct: ["unitCode"] });
  const codes = steps.map((step) => step.unitCode);
  const today = new Date(`${args.today}T00:00:00Z`);
  const agencyWhere: Prisma.AgencyWhereInput = args.delegateAgencyId
    ? { id: args.delegateAgencyId }
    : { level: "COMMUNE", kind: "PEOPLES_COMMITTEE", AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: today } }] }, { OR: [{ validTo: null }, { validTo: { gte: today } }] }] };
  const agencies = await db.agency.findMany({ where: agencyWhere, select: { id: true, units: { where: { isActive: true }, select: { code: true } } } });
  const missing = new Set<string>();
  for (const agency of agencies) {
    const has = new Set(agency.units.map((unit) => unit.code));
    for (const code of codes) if (!has.has(code) && !(args.unitCode && has.has(args.unitCode))) missing.add(code);
  }
  return [...missing].sort();
}

/** Another unrevoked delegation of the delegator on the same scope whose days meet these. */
export async function overlapping(args: { delegatorId: string; procedureId: string | null; fieldId: string | null; validFrom: string; validUntil: string | null; excludeId: string | null }) {
  return db.delegation.findFirst({
    where: {
      delegatorId: args.delegatorId,
      ...(args.procedureId ? { procedureId: args.procedureId } : { fieldId: args.fieldId }),
      revokedAt: null,
      ...(args.excludeId ? { id: { not: args.excludeId } } : {}),
      ...(args.validUntil ? { validFrom: { lte: new Date(`${args.validUntil}T00:00:00Z`) } } : {}),
      OR: [{ validUntil: null }, { validUntil: { gte: new Date(`${args.validFrom}T00:00:00Z`) } }],
    },
    select: { id: true, decisionNumber: true },
  });
}

export { dayOf };
