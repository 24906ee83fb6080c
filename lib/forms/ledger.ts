import "server-only";
import type { OfficerActor } from "@/lib/auth/staff";
import { officerScope } from "@/lib/back-office/scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";
import type { LedgerPeriod } from "./ledger-period";
import type { FormAgency, FormApplicant, LedgerDossier } from "./types";

export const LEDGER_PAGE_SIZE = 50;
const EXPORT_BATCH = 500;

/**
 * The officer's agency's ledger: the dossiers it resolves (agency_id) or received at its desk for
 * another agency (receiving_agency_id), by date of receipt. Each side is a range of its own index,
 * (agency_id, received_at) and (receiving_agency_id, received_at): the database reads the period,
 * never all dossiers. The agency is the session's, never the address's; and within it, the
 * officer's scope (a specialist or unit head: what their unit holds or held).
 */
function ledgerWhere(actor: OfficerActor, period: LedgerPeriod): Prisma.DossierWhereInput {
  return {
    AND: [
      { OR: [{ agencyId: actor.agencyId }, { receivingAgencyId: actor.agencyId }], receivedAt: { gte: period.start, lt: period.end } },
      officerScope(actor),
    ],
  };
}

/**
 * The ledger shows each dossier's applicant, address and phone: every row shown or exported is an
 * access the applicant sees ("who looked at my file"), as for the dossier page.
 */
async function recordLedgerAccess(actor: OfficerActor, dossierIds: string[], kind: "VIEW" | "DOWNLOAD"): Promise<void> {
  if (dossierIds.length === 0) return;
  await db.dossierAccess.createMany({
    data: dossierIds.map((dossierId) => ({ dossierId, userId: actor.userId, agencyId: actor.agencyId, unitId: actor.unitId, kind, detail: "Mẫu 06" })),
  });
}

const SELECT = {
  id: true, code: true, copies: true, applicantSnapshot: true, status: true, receivedAt: true, dueAt: true, referenceDueAt: true,
  deadlinePrecision: true, isDueProvisional: true, hasApology: true, finishedAt: true, returnedAt: true, timeliness: true,
  agencyId: true, receivingAgencyId: true,
  procedure: { select: { name: true } },
  organization: { select: { name: true } },
  agency: { select: { name: true } },
  receivingAgency: { select: { name: true } },
} satisfies Prisma.DossierSelect;

type Row = Prisma.DossierGetPayload<{ select: typeof SELECT }>;

function toLedgerDossier(row: Row): LedgerDossier {
  return {
    code: row.code,
    procedureName: row.procedure.name,
    copies: row.copies,
    applicant: row.applicantSnapshot as FormApplicant,
    organizationName: row.organization?.name ?? null,
    status: row.status,
    receivedAt: row.receivedAt!,
    dueAt: row.dueAt,
    firstDueAt: row.referenceDueAt,
    deadlinePrecision: row.deadlinePrecision,
    isDueProvisional: row.isDueProvisional,
    hasApology: row.hasApology,
    finishedAt: row.finishedAt,
    returnedAt: row.returnedAt,
    timeliness: row.timeliness,
    agencyId: row.agencyId,
    agencyName: row.agency.name,
    receivingAgencyId: row.receivingAgencyId,
    receivingAgencyName: row.receivingAgency?.name ?? null,
  };
}

const ORDER = [{ receivedAt: "asc" }, { id: "asc" }] satisfies Prisma.DossierOrderByWithRelationInput[];

/** The agency that keeps the ledger, for its heading. */
export async function ledgerAgency(actor: OfficerActor): Promise<FormAgency & { code: string }> {
  const agency = await db.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { code: true, name: true, phone: true, parent: { select: { name: true } } } });
  return { code: agency.code, name: agency.name, phone: agency.phone, parentName: agency.parent?.name ?? null };
}

/** One page of the ledger on screen (the last one if `page` is past it), with the number of dossiers in the period. */
export async function ledgerPage(actor: OfficerActor, period: LedgerPeriod, page: number) {
  const where = ledgerWhere(actor, period);
  const total = await db.dossier.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / LEDGER_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.dossier.findMany({ where, orderBy: ORDER, skip: (current - 1) * LEDGER_PAGE_SIZE, take: LEDGER_PAGE_SIZE, select: SELECT });
  await recordLedgerAccess(actor, rows.map((row) => row.id), "VIEW");
  return { total, page: current, pageCount, rows: rows.map(toLedgerDossier), firstNumber: (current - 1) * LEDGER_PAGE_SIZE + 1 };
}

/**
 * The whole period for the PDF and the CSV, in batches that continue after the last row read (by
 * received_at, then id): each batch narrows the index range instead of skipping what came before.
 */
export async function* ledgerBatches(actor: OfficerActor, period: LedgerPeriod, batchSize = EXPORT_BATCH): AsyncGenerator<LedgerDossier[]> {
  let after: { receivedAt: Date; id: string } | null = null;
  for (;;) {
    const base = ledgerWhere(actor, period);
    const where: Prisma.DossierWhereInput = after
      ? { AND: [base, { receivedAt: { gte: after.receivedAt }, NOT: { receivedAt: after.receivedAt, id: { lte: after.id } } }] }
      : base;
    const rows = await db.dossier.findMany({ where, orderBy: ORDER, take: batchSize, select: SELECT });
    await recordLedgerAccess(actor, rows.map((row) => row.id), "DOWNLOAD");
    if (rows.length > 0) yield rows.map(toLedgerDossier);
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { receivedAt: last.receivedAt!, id: last.id };
  }
}
