import "server-only";
// What the pages of delegations read (the administration's list, the procedure's "who handles it
// now"): small selects through the delegation's indexes, nothing personal.
import type { AdminActor } from "@/lib/admin/scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";
import { DELEGATION_RULE_SELECT, ruleOf } from "./routing";
import { covers, statusOf, type DelegationStatus } from "./rules";

const LIST_SELECT = {
  ...DELEGATION_RULE_SELECT,
  decisionSigner: true, decisionDocumentId: true, delegateUnitCode: true, revocationReason: true, createdAt: true,
  delegator: { select: { name: true, nameEn: true, slug: true } },
  delegateAgency: { select: { name: true, nameEn: true, slug: true } },
  procedure: { select: { code: true, name: true, nameEn: true } },
  field: { select: { code: true, name: true, nameEn: true } },
} satisfies Prisma.DelegationSelect;

export type DelegationListItem = Prisma.DelegationGetPayload<{ select: typeof LIST_SELECT }> & { status: DelegationStatus };

/** The delegations an administrator sees: their agency's as delegator, or every one (system administrator); newest first. */
export async function delegationsFor(actor: AdminActor, now: Date): Promise<DelegationListItem[]> {
  const rows = await db.delegation.findMany({
    where: actor.agencyId ? { delegatorId: actor.agencyId } : {},
    orderBy: [{ validFrom: "desc" }, { id: "desc" }],
    take: 200,
    select: LIST_SELECT,
  });
  return rows.map((row) => ({ ...row, status: statusOf(ruleOf(row), now) }));
}

/** One delegation (public facts only: decision, parties, scope, dates), or null. */
export async function delegationById(id: string, now: Date): Promise<DelegationListItem | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const row = await db.delegation.findUnique({ where: { id }, select: LIST_SELECT });
  return row ? { ...row, status: statusOf(ruleOf(row), now) } : null;
}

/**
 * The delegations of a procedure that apply now or will (the procedure's page: "handled by the
 * wards since dd/MM/yyyy, as authorised by … under decision …"): those of the procedure and of its
 * field whose delegator implements it.
 */
export async function delegationsOfProcedure(procedureCode: string, now: Date): Promise<DelegationListItem[]> {
  const procedure = await db.procedure.findUnique({ where: { code: procedureCode }, select: { id: true, fieldId: true, agencies: { select: { agencyId: true } } } });
  if (!procedure) return [];
  const facts = { id: procedure.id, fieldId: procedure.fieldId, implementerIds: procedure.agencies.map((row) => row.agencyId) };
  const rows = await db.delegation.findMany({ where: { OR: [{ procedureId: procedure.id }, { fieldId: procedure.fieldId }] }, orderBy: { validFrom: "asc" }, select: LIST_SELECT });
  return rows
    .map((row) => ({ ...row, status: statusOf(ruleOf(row), now) }))
    .filter((row) => (row.status === "ACTIVE" || row.status === "UPCOMING") && covers(ruleOf(row), facts));
}

/**
 * The delegations the public statistics link to (an evaluation each): those that have started, of
 * one procedure (its own or its field's) or all of them; newest first. The delegation table is
 * small (a decision each), read through its indexes.
 */
export async function delegationsToEvaluate(now: Date, procedureCode?: string): Promise<DelegationListItem[]> {
  const rows = procedureCode ? await delegationsOfProcedureAll(procedureCode) : await db.delegation.findMany({ orderBy: [{ validFrom: "desc" }, { id: "desc" }], take: 50, select: LIST_SELECT });
  return rows.map((row) => ({ ...row, status: statusOf(ruleOf(row), now) })).filter((row) => row.status !== "UPCOMING");
}

async function delegationsOfProcedureAll(procedureCode: string) {
  const procedure = await db.procedure.findUnique({ where: { code: procedureCode }, select: { id: true, fieldId: true, agencies: { select: { agencyId: true } } } });
  if (!procedure) return [];
  const facts = { id: procedure.id, fieldId: procedure.fieldId, implementerIds: procedure.agencies.map((row) => row.agencyId) };
  const rows = await db.delegation.findMany({ where: { OR: [{ procedureId: procedure.id }, { fieldId: procedure.fieldId }] }, orderBy: { validFrom: "desc" }, take: 20, select: LIST_SELECT });
  return rows.filter((row) => covers(ruleOf(row), facts));
}
