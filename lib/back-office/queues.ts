import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import type { OfficerActor } from "@/lib/auth/staff";
import { loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  dueBoundaries, dueState, maskNationalId, OPEN_STATUSES, queuesFor, RUNNING_STATUSES, searchKindOf, WAITING_STATUSES,
  type DueState, type QueueKey,
} from "./queue-rules";
import { isUnitScoped, officerScope } from "./scope";

export const QUEUE_PAGE_SIZE = 50;

type Bounds = ReturnType<typeof dueBoundaries>;

/** Overdue by the rule of its precision (see queue-rules.ts dueBoundaries). */
function overdue(now: Date, bounds: Bounds): Prisma.DossierWhereInput {
  return {
    OR: [
      { deadlinePrecision: "INSTANT", dueAt: { lt: now } },
      { deadlinePrecision: { not: "INSTANT" }, dueAt: { lt: bounds.startOfToday } },
    ],
  };
}

/** Where the officer's own unit comes in: a unit-scoped officer's "due soon/overdue" are the unit's. */
function heldByUnit(actor: OfficerActor): Prisma.DossierWhereInput {
  return isUnitScoped(actor) ? { currentUnitId: actor.unitId } : { agencyId: actor.agencyId };
}

/**
 * The agency's own dossiers (competent or handed in there). Within the officer's scope it changes
 * nothing for these queues, but it lets PostgreSQL start from the agency's index range instead of
 * every waiting dossier of the city (measured on a million dossiers: 60 ms → under 5 ms).
 */
function ownAgency(actor: OfficerActor): Prisma.DossierWhereInput {
  return { OR: [{ agencyId: actor.agencyId }, { receivingAgencyId: actor.agencyId }] };
}

export function queueWhere(key: QueueKey, actor: OfficerActor, now: Date, bounds: Bounds): Prisma.DossierWhereInput {
  switch (key) {
    case "cho-tiep-nhan":
      return { status: "SUBMITTED", OR: [{ receivingAgencyId: actor.agencyId }, { receivingAgencyId: null, agencyId: actor.agencyId }] };
    case "cua-toi":
      return { currentHandlerId: actor.userId, status: { in: [...OPEN_STATUSES] } };
    case "don-vi":
      return actor.unitId ? { currentUnitId: actor.unitId, status: { in: [...RUNNING_STATUSES, "RESOLVED"] } } : { id: { in: [] } };
    case "sap-den-han":
      return {
        AND: [heldByUnit(actor), { status: { in: [...RUNNING_STATUSES] } }, { dueAt: { lt: bounds.atRiskUntil } }, { NOT: overdue(now, bounds) }],
      };
    case "qua-han":
      return { AND: [heldByUnit(actor), { status: { in: [...RUNNING_STATUSES] } }, overdue(now, bounds)] };
    case "cho-cong-dan":
      return { AND: [ownAgency(actor), { status: { in: [...WAITING_STATUSES] } }] };
    case "co-quyet-dinh":
      // Approved or refused by the leader: the signed result is still to be attached (by the desk or
      // the unit that appraised it; the leaders' unit holds the step meanwhile).
      return { AND: [ownAgency(actor), { status: "IN_PROCESSING", resolution: { not: null } }] };
    case "tra-ket-qua":
      return { status: "RESOLVED", OR: [{ receivingAgencyId: actor.agencyId }, { receivingAgencyId: null, agencyId: actor.agencyId }] };
    case "tat-ca":
      return {};
  }
}

export type QueueCount = { key: QueueKey; count: number };

async function boundsNow(now: Date): Promise<Bounds> {
  return dueBoundaries(now, await loadCalendarContext(db), env.AT_RISK_WORKING_DAYS);
}

/** The officer's queues with their counts (each an indexed count inside the officer's scope). */
export async function queueCounts(actor: OfficerActor, now: Date): Promise<QueueCount[]> {
  const bounds = await boundsNow(now);
  const scope = officerScope(actor);
  const keys = queuesFor(actor).filter((key) => key !== "tat-ca");
  const counts = await Promise.all(keys.map((key) => db.dossier.count({ where: { AND: [scope, queueWhere(key, actor, now, bounds)] } })));
  return keys.map((key, index) => ({ key, count: counts[index]! }));
}

const ROW_SELECT = {
  id: true, code: true, reference: true, status: true, channel: true, dueAt: true, deadlinePrecision: true, isDueProvisional: true,
  submittedAt: true, receivedAt: true, hasApology: true, currentStepId: true, applicantSnapshot: true,
  procedure: { select: { code: true, name: true } },
  agency: { select: { shortName: true, name: true } },
  currentHandler: { select: { fullName: true } },
} satisfies Prisma.DossierSelect;

export type QueueRow = {
  id: string;
  code: string | null;
  reference: string | null;
  status: string;
  channel: string;
  procedureCode: string;
  procedureName: string;
  applicantName: string;
  applicantIdMasked: string | null;
  submittedAt: Date | null;
  dueAt: Date | null;
  dueState: DueState | null;
  isDueProvisional: boolean;
  hasApology: boolean;
  handlerName: string | null;
  /** The leg in hand: its title, unit and own deadline (the plan's step deadline). */
  step: { title: string; unitName: string | null; dueAt: Date | null; dueState: DueState | null } | null;
};

async function toRows(rows: Prisma.DossierGetPayload<{ select: typeof ROW_SELECT }>[], now: Date, bounds: Bounds): Promise<QueueRow[]> {
  const stepIds = rows.map((row) => row.currentStepId).filter((id): id is string => id !== null);
  const steps = stepIds.length
    ? await db.processingStep.findMany({ where: { id: { in: stepIds } }, select: { id: true, title: true, dueAt: true, duePrecision: true, completedAt: true, unit: { select: { name: true } } } })
    : [];
  const stepById = new Map(steps.map((step) => [step.id, step]));
  return rows.map((row) => {
    const snapshot = (row.applicantSnapshot ?? {}) as { fullName?: string; nationalId?: string };
    const step = row.currentStepId ? stepById.get(row.currentStepId) : undefined;
    const running = (RUNNING_STATUSES as readonly string[]).includes(row.status);
    return {
      id: row.id, code: row.code, reference: row.reference, status: row.status, channel: row.channel,
      procedureCode: row.procedure.code, procedureName: row.procedure.name,
      applicantName: snapshot.fullName ?? "", applicantIdMasked: maskNationalId(snapshot.nationalId),
      submittedAt: row.submittedAt, dueAt: row.dueAt,
      dueState: running ? dueState(row.dueAt, row.deadlinePrecision, now, bounds) : null,
      isDueProvisional: row.isDueProvisional, hasApology: row.hasApology, handlerName: row.currentHandler?.fullName ?? null,
      step: step && !step.completedAt
        ? { title: step.title, unitName: step.unit?.name ?? null, dueAt: step.dueAt, dueState: running ? dueState(step.dueAt, step.duePrecision, now, bounds) : null }
        : null,
    };
  });
}

export type QueuePage = { rows: QueueRow[]; total: number; page: number; pageCount: number };

/** One page of a queue, most urgent first. */
export async function queuePage(actor: OfficerActor, key: QueueKey, page: number, now: Date): Promise<QueuePage> {
  const bounds = await boundsNow(now);
  const where = { AND: [officerScope(actor), queueWhere(key, actor, now, bounds)] };
  const orderBy: Prisma.DossierOrderByWithRelationInput[] =
    key === "cho-tiep-nhan" ? [{ submittedAt: "asc" }] : key === "tat-ca" ? [{ submittedAt: "desc" }] : [{ dueAt: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }];
  const [total, rows] = await Promise.all([
    db.dossier.count({ where }),
    db.dossier.findMany({ where, orderBy, select: ROW_SELECT, skip: (page - 1) * QUEUE_PAGE_SIZE, take: QUEUE_PAGE_SIZE }),
  ]);
  return { rows: await toRows(rows, now, bounds), total, page, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

const SEARCH_LIMIT = 50;

/**
 * The desk's search: a dossier code or filing reference (exact), a national ID number (exact, on
 * an expression index; never echoed in full), or part of the applicant's name (accents ignored,
 * within the agency). Always inside the officer's scope.
 */
export async function searchDossiers(actor: OfficerActor, raw: string, now: Date): Promise<QueueRow[] | null> {
  const search = searchKindOf(raw);
  if (!search) return null;
  let match: Prisma.DossierWhereInput;
  if (search.kind === "CODE") match = { code: search.value };
  else if (search.kind === "REFERENCE") match = { reference: search.value };
  else {
    const ids =
      search.kind === "NATIONAL_ID"
        ? await db.$queryRaw<{ id: string }[]>`
            SELECT id FROM dossier WHERE applicant_snapshot->>'nationalId' = ${search.value} AND status <> 'DRAFT'
            ORDER BY submitted_at DESC NULLS LAST LIMIT ${SEARCH_LIMIT}`
        : await db.$queryRaw<{ id: string }[]>`
            SELECT id FROM dossier
            WHERE (agency_id = ${actor.agencyId}::uuid OR receiving_agency_id = ${actor.agencyId}::uuid) AND status <> 'DRAFT'
              AND f_unaccent(lower(applicant_snapshot->>'fullName')) LIKE '%' || f_unaccent(lower(${search.value})) || '%'
            ORDER BY submitted_at DESC NULLS LAST LIMIT ${SEARCH_LIMIT}`;
    match = { id: { in: ids.map((row) => row.id) } };
  }
  const bounds = await boundsNow(now);
  const rows = await db.dossier.findMany({
    where: { AND: [officerScope(actor), match] },
    orderBy: [{ submittedAt: "desc" }],
    select: ROW_SELECT,
    take: SEARCH_LIMIT,
  });
  return toRows(rows, now, bounds);
}
