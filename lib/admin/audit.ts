import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";
import { newIdAt } from "@/lib/ids";

// Every administrative change is recorded in the same transaction as the change: who, what, when,
// on what (admin_audit, append-only). Details never hold a secret nor more personal data than the
// officer's name and work address the back office already shows.

export type AdminAuditAction =
  | "UNIT_CREATED" | "UNIT_RENAMED" | "UNIT_DEACTIVATED" | "UNIT_REACTIVATED"
  | "OFFICER_INVITED" | "INVITATION_REVOKED" | "INVITATION_ACCEPTED"
  | "OFFICER_DEACTIVATED" | "OFFICER_REACTIVATED" | "OFFICER_MOVED" | "SECOND_FACTOR_RESET"
  | "PLAN_UPDATED"
  | "CALENDAR_YEAR_ADDED" | "CALENDAR_DAYS_SET" | "CALENDAR_PUBLISHED"
  | "INDEX_INDICATOR_UPDATED"
  | "DELEGATION_RECORDED" | "DELEGATION_ENDED" | "DELEGATION_REVOKED";

export type AdminAuditEntry = {
  actorId: string;
  agencyId: string | null;
  action: AdminAuditAction;
  targetType: "UNIT" | "OFFICER" | "INVITATION" | "PROCEDURE" | "CALENDAR_YEAR" | "INDEX_INDICATOR" | "DELEGATION";
  targetId?: string | null;
  targetLabel: string;
  detail?: Record<string, string | number | boolean | null>;
};

type AuditWriter = { adminAudit: { create: (args: { data: Prisma.AdminAuditUncheckedCreateInput }) => Promise<unknown> } };

export async function recordAdminChange(tx: AuditWriter, now: Date, entry: AdminAuditEntry): Promise<void> {
  await tx.adminAudit.create({
    data: {
      id: newIdAt(now), occurredAt: now, actorId: entry.actorId, agencyId: entry.agencyId, action: entry.action,
      targetType: entry.targetType, targetId: entry.targetId ?? null, targetLabel: entry.targetLabel, detail: entry.detail ?? {},
    },
  });
}

export type AuditRow = {
  id: string; occurredAt: Date; actorName: string; action: AdminAuditAction; targetLabel: string;
  detail: Record<string, string | number | boolean | null>;
};

/** The latest changes of an agency, or the national ones (agencyId null: the calendar). */
export async function recentAdminChanges(agencyId: string | null, take = 20): Promise<AuditRow[]> {
  const rows = await db.adminAudit.findMany({
    where: { agencyId },
    orderBy: { occurredAt: "desc" },
    take,
    select: { id: true, occurredAt: true, action: true, targetLabel: true, detail: true, actor: { select: { fullName: true } } },
  });
  return rows.map((row) => ({
    id: row.id, occurredAt: row.occurredAt, actorName: row.actor.fullName, action: row.action as AdminAuditAction,
    targetLabel: row.targetLabel, detail: (row.detail ?? {}) as AuditRow["detail"],
  }));
}
