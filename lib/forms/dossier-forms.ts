import "server-only";
import { db } from "@/lib/db";
import type { OfficerActor } from "@/lib/auth/staff";
import { officerScope } from "@/lib/back-office/scope";
import { availableForms, dossierSheets } from "./dossier-sheets";
import { loadReceipt, type ReceiptData } from "./receipt";
import type { DossierFormNumber, FormAgency, FormApplicant, FormSheet, FormSource } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const AGENCY = { select: { name: true, phone: true, parent: { select: { name: true } } } } as const;

const toAgency = (agency: { name: string; phone: string | null; parent: { name: string } | null }): FormAgency => ({
  name: agency.name,
  parentName: agency.parent?.name ?? null,
  phone: agency.phone,
});

/** The refusal's reason as the trail recorded it (effects.ts writes payload.reason). */
function reasonOf(payload: unknown): string {
  const reason = payload && typeof payload === "object" ? (payload as { reason?: unknown }).reason : undefined;
  return typeof reason === "string" ? reason : "";
}

/**
 * One dossier with what its forms 02–05 print, if it is in the officer's scope (officerScope: the
 * agency's desk and leaders, the units that hold or held it, a consulted agency; never a draft);
 * else null, and the page or route answers 404.
 */
export async function loadFormSource(actor: OfficerActor, dossierId: string): Promise<FormSource | null> {
  if (!UUID.test(dossierId)) return null;
  const dossier = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId }, officerScope(actor)] },
    select: {
      code: true, reference: true, status: true, channel: true, applicantSnapshot: true,
      submittedAt: true, receivedAt: true, dueAt: true, deadlinePrecision: true,
      procedure: { select: { name: true } },
      organization: { select: { name: true } },
      agency: AGENCY,
      receivingAgency: AGENCY,
      supplementRequests: {
        orderBy: { requestedAt: "asc" },
        select: {
          stage: true, requestedAt: true, reason: true, items: true,
          requestedBy: { select: { fullName: true, phone: true, unit: { select: { name: true } }, agency: AGENCY } },
        },
      },
      dueDateChange: { select: { previousDueAt: true, newDueAt: true, reason: true, issuedAt: true, issuedBy: { select: { fullName: true } } } },
      events: {
        where: { action: "REFUSE_AT_RECEIPT" },
        orderBy: { sequence: "desc" },
        take: 1,
        select: { occurredAt: true, payload: true, actor: { select: { fullName: true } } },
      },
      processingSteps: {
        orderBy: { sequence: "asc" },
        select: {
          sequence: true, kind: true, title: true, startedAt: true, dueAt: true, duePrecision: true, completedAt: true, outcome: true, isBounce: true,
          unit: { select: { name: true } }, agency: { select: { name: true } }, handler: { select: { fullName: true } },
        },
      },
      consultations: { orderBy: { requestedAt: "asc" }, select: { agency: { select: { name: true } } } },
    },
  });
  if (!dossier) return null;
  const agency = toAgency(dossier.agency);
  const refusal = dossier.events[0];
  const apology = dossier.dueDateChange;
  return {
    code: dossier.code,
    reference: dossier.reference,
    status: dossier.status,
    channel: dossier.channel,
    procedureName: dossier.procedure.name,
    agency,
    desk: dossier.receivingAgency ? toAgency(dossier.receivingAgency) : agency,
    applicant: dossier.applicantSnapshot as FormApplicant,
    organizationName: dossier.organization?.name ?? null,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    deadlinePrecision: dossier.deadlinePrecision,
    supplementRequests: dossier.supplementRequests.map((request) => ({
      stage: request.stage,
      requestedAt: request.requestedAt,
      reason: request.reason,
      items: request.items as { name: string; note?: string }[],
      officer: {
        fullName: request.requestedBy.fullName,
        phone: request.requestedBy.phone,
        unitName: request.requestedBy.unit?.name ?? null,
        agency: request.requestedBy.agency ? toAgency(request.requestedBy.agency) : null,
      },
    })),
    refusal: refusal ? { reason: reasonOf(refusal.payload), refusedAt: refusal.occurredAt, officerName: refusal.actor?.fullName ?? null } : null,
    apology: apology
      ? { previousDueAt: apology.previousDueAt, newDueAt: apology.newDueAt, reason: apology.reason, issuedAt: apology.issuedAt, issuedByName: apology.issuedBy.fullName }
      : null,
    steps: dossier.processingSteps.map((step) => ({
      sequence: step.sequence,
      kind: step.kind,
      title: step.title,
      unitName: step.unit?.name ?? null,
      agencyName: step.agency.name,
      handlerName: step.handler?.fullName ?? null,
      startedAt: step.startedAt,
      dueAt: step.dueAt,
      duePrecision: step.duePrecision,
      completedAt: step.completedAt,
      outcome: step.outcome,
      isBounce: step.isBounce,
    })),
    consultedAgencies: [...new Set(dossier.consultations.map((consultation) => consultation.agency.name))],
  };
}

export type LoadedForm = { available: DossierFormNumber[]; dossierLabel: string } & (
  | { form: "01"; receipt: ReceiptData }
  | { form: Exclude<DossierFormNumber, "01">; sheets: FormSheet[] }
);

/**
 * One form of a dossier for the print page and the PDF alike, with the dossier's other forms; null
 * when the officer may not see the dossier or it has no such paper (no request, refusal, apology).
 */
export async function loadDossierForm(actor: OfficerActor, dossierId: string, form: DossierFormNumber, now: Date): Promise<LoadedForm | null> {
  const source = await loadFormSource(actor, dossierId);
  if (!source) return null;
  const common = { available: availableForms(source), dossierLabel: source.code ?? source.reference ?? "" };
  if (form === "01") {
    const receipt = await loadReceipt(actor, dossierId);
    return receipt ? { ...common, form, receipt } : null;
  }
  const sheets = dossierSheets(form, source, now);
  return sheets.length > 0 ? { ...common, form, sheets } : null;
}
