import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";
import type { Actor } from "./actor";
import { dossierVisibleTo } from "./visibility";
import { allowedActions } from "./workflow";

/** Groups of statuses a resident filters by (the national codes stay on the dossier page). */
export const STATUS_GROUPS = {
  draft: ["DRAFT"],
  waiting: ["SUBMITTED"],
  action: ["SUPPLEMENT_BEFORE_RECEIPT", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"],
  processing: ["RECEIVED", "IN_PROCESSING"],
  done: ["RESOLVED", "RETURNED"],
  closed: ["REFUSED", "WITHDRAWN", "STOPPED"],
} as const satisfies Record<string, Prisma.DossierWhereInput["status"][]>;
export type StatusGroup = keyof typeof STATUS_GROUPS;
export const isStatusGroup = (value: unknown): value is StatusGroup => typeof value === "string" && value in STATUS_GROUPS;

const OPEN_STATUSES = ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"] as const;

export const PAGE_SIZE = 20;

/**
 * The resident's dossiers and their organisations', newest first, through the index on
 * (applicant, created) or (organisation, created): never a scan of all dossiers.
 */
export async function listMyDossiers(actor: Actor, filter: { group?: StatusGroup; organizationId?: string; page: number }, now: Date) {
  const where: Prisma.DossierWhereInput = {
    AND: [
      dossierVisibleTo(actor),
      filter.group ? { status: { in: [...STATUS_GROUPS[filter.group]] } } : {},
      filter.organizationId ? { organizationId: filter.organizationId } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.dossier.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, code: true, reference: true, status: true, submittedAt: true, receivedAt: true, dueAt: true, createdAt: true,
        procedure: { select: { code: true, name: true, nameEn: true } },
        agency: { select: { name: true, nameEn: true } },
        organization: { select: { name: true } },
      },
    }),
    db.dossier.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({ ...row, isOverdue: (OPEN_STATUSES as readonly string[]).includes(row.status) && row.dueAt !== null && row.dueAt < now })),
  };
}

/** One dossier as its applicant sees it; null when it is not theirs (the page answers 404). */
export async function dossierForResident(actor: Actor, dossierId: string, now: Date) {
  if (!/^[0-9a-f-]{36}$/.test(dossierId)) return null;
  const dossier = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId }, dossierVisibleTo(actor)] },
    select: {
      id: true, code: true, reference: true, lookupCode: true, status: true, channel: true, version: true, agencyId: true,
      submittedAt: true, receivedAt: true, dueAt: true, referenceDueAt: true, isDueProvisional: true, finishedAt: true, returnedAt: true,
      closedAt: true, resolution: true, timeliness: true, feeVnd: true, isPaidOnline: true, hasApology: true, deadlinePrecision: true,
      isVneidAuthenticated: true,
      procedure: { select: { code: true, name: true, nameEn: true, feeVnd: true } },
      agency: { select: { name: true, nameEn: true } },
      organization: { select: { name: true, taxCode: true } },
      processingSteps: {
        orderBy: { sequence: "asc" },
        select: {
          id: true, sequence: true, kind: true, title: true, startedAt: true, dueAt: true, duePrecision: true, completedAt: true, outcome: true, isBounce: true,
          unit: { select: { name: true, nameEn: true } },
          agency: { select: { name: true, nameEn: true } },
        },
      },
      supplementRequests: { orderBy: { requestedAt: "asc" }, select: { id: true, stage: true, requestedAt: true, reason: true, items: true, fulfilledAt: true } },
      dueDateChange: { select: { previousDueAt: true, newDueAt: true, reason: true, issuedAt: true } },
      payments: { orderBy: { requestedAt: "asc" }, select: { id: true, amountVnd: true, reason: true, requestedAt: true, paidAt: true, method: true } },
      rating: { select: { overall: true, createdAt: true } },
      documents: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, name: true, sizeBytes: true, createdAt: true, verificationCode: true, requirement: { select: { name: true } } },
      },
      events: {
        where: { action: { in: ["SUBMIT", "REFUSE_AT_RECEIPT", "REFUSE_TO_RESOLVE", "STOP", "WITHDRAW", "RETURN_RESULT", "RECEIVE"] } },
        orderBy: { sequence: "asc" },
        select: { action: true, occurredAt: true, payload: true },
      },
    },
  });
  if (!dossier) return null;
  const isOpen = (OPEN_STATUSES as readonly string[]).includes(dossier.status);
  return {
    ...dossier,
    isOverdue: isOpen && dossier.dueAt !== null && dossier.dueAt < now,
    actions: allowedActions(dossier.status, "RESIDENT"),
  };
}

export type ResidentDossier = NonNullable<Awaited<ReturnType<typeof dossierForResident>>>;

/** The dossier's id and version if the actor may see it (a command then checks everything else). */
export async function visibleVersion(actor: Actor, dossierId: string): Promise<{ id: string; version: number } | null> {
  if (!/^[0-9a-f-]{36}$/.test(dossierId)) return null;
  return db.dossier.findFirst({ where: { AND: [{ id: dossierId }, dossierVisibleTo(actor)] }, select: { id: true, version: true } });
}

/** The papers uploaded in answer to the open supplement request (since it was made). */
export async function papersSinceSupplementRequest(dossierId: string): Promise<string[]> {
  const request = await db.supplementRequest.findFirst({ where: { dossierId, fulfilledAt: null }, orderBy: { requestedAt: "desc" }, select: { requestedAt: true } });
  if (!request) return [];
  const papers = await db.document.findMany({ where: { dossierId, kind: "SUPPLEMENT", createdAt: { gte: request.requestedAt } }, select: { id: true } });
  return papers.map((paper) => paper.id);
}

export type AccessEntry = { at: Date; unit: string | null; agency: string; kind: "VIEW" | "DOWNLOAD" | "CHANGE"; action: string | null };

/**
 * "Who looked at my file" (issue 8): each time an officer opened the dossier's personal data or
 * downloaded a paper, and each action an officer took, named by unit and agency (never by the
 * officer's name), newest first. Only for a dossier the actor may see.
 */
export async function accessLogFor(actor: Actor, dossierId: string, limit = 100): Promise<AccessEntry[]> {
  if (!(await visibleVersion(actor, dossierId))) return [];
  const [accesses, events] = await Promise.all([
    db.dossierAccess.findMany({
      where: { dossierId },
      orderBy: { occurredAt: "desc" },
      take: limit,
      select: { occurredAt: true, kind: true, agencyId: true, unitId: true },
    }),
    db.dossierEvent.findMany({
      where: { dossierId, actor: { role: "OFFICER" } },
      orderBy: { sequence: "desc" },
      take: limit,
      select: { occurredAt: true, action: true, actor: { select: { agency: { select: { name: true } }, unit: { select: { name: true } } } } },
    }),
  ]);
  const unitIds = [...new Set(accesses.map((access) => access.unitId).filter((id): id is string => id !== null))];
  const agencyIds = [...new Set(accesses.map((access) => access.agencyId))];
  const [units, agencies] = await Promise.all([
    db.agencyUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
    db.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true } }),
  ]);
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const agencyName = new Map(agencies.map((agency) => [agency.id, agency.name]));
  return [
    ...accesses.map((access) => ({
      at: access.occurredAt, kind: access.kind, action: null,
      unit: access.unitId ? (unitName.get(access.unitId) ?? null) : null, agency: agencyName.get(access.agencyId) ?? "",
    })),
    ...events.map((event) => ({
      at: event.occurredAt, kind: "CHANGE" as const, action: event.action,
      unit: event.actor?.unit?.name ?? null, agency: event.actor?.agency?.name ?? "",
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
}
