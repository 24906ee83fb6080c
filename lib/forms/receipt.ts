import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/dossiers/actor";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";
import { env } from "@/lib/env";
import { formatVerificationCode, verificationUrl } from "@/lib/verification/codes";
import { receiptVerificationCode } from "@/lib/verification/receipt-code";

/** The public lookup address printed as a QR code on the receipt. */
export const lookupUrl = (code: string, lookupCode: string): string =>
  `${env.PUBLIC_URL.replace(/\/$/, "")}/tra-cuu?ma=${encodeURIComponent(code)}&ma-tra-cuu=${encodeURIComponent(lookupCode)}`;

export type ReceiptData = {
  code: string;
  lookupCode: string;
  lookupUrl: string;
  /** The receipt's own verification (docs/domain/verification.md): its second QR code and the code under it. */
  verification: { code: string; url: string };
  agencyName: string;
  parentAgencyName: string | null;
  procedureName: string;
  timeLimitText: string;
  applicant: { fullName: string; address?: string; phone?: string; email?: string; onBehalfOf?: { fullName: string } };
  organizationName: string | null;
  papers: string[];
  receivedAt: Date;
  dueAt: Date;
  dueIsInstant: boolean;
  isDueProvisional: boolean;
  returnMethod: "AT_DESK" | "POST" | "ONLINE";
  receiverName: string | null;
  channel: "ONLINE" | "IN_PERSON" | "POST";
  /**
   * Handled under a delegation (ủy quyền): the competent agency, its delegator and the decision, so
   * the receipt says who decides "as authorised by" whom (docs/domain/delegation.md).
   */
  authorisedBy: { agencyName: string; delegatorName: string; decisionNumber: string; decisionDate: Date } | null;
};

/**
 * The receipt and appointment (Mẫu 01 of Circular 01/2018) of a received dossier the actor may
 * see, from the system's own records; null before receipt or out of scope.
 */
export async function loadReceipt(actor: Actor, dossierId: string): Promise<ReceiptData | null> {
  if (!/^[0-9a-f-]{36}$/.test(dossierId)) return null;
  const dossier = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId, code: { not: null } }, dossierVisibleTo(actor)] },
    select: {
      code: true, lookupCode: true, receivedAt: true, referenceDueAt: true, dueAt: true, deadlinePrecision: true, isDueProvisional: true,
      returnMethod: true, channel: true, applicantSnapshot: true,
      organization: { select: { name: true } },
      receivingAgency: { select: { name: true, parent: { select: { name: true } } } },
      agency: { select: { name: true, parent: { select: { name: true } } } },
      delegation: { select: { decisionNumber: true, decisionDate: true, delegator: { select: { name: true } } } },
      procedure: { select: { name: true, timeLimitText: true } },
      documents: { where: { kind: { in: ["APPLICATION", "OTHER"] } }, orderBy: { createdAt: "asc" }, select: { name: true, requirement: { select: { name: true } } } },
      events: { where: { action: "RECEIVE" }, take: 1, select: { actor: { select: { fullName: true } } } },
    },
  });
  if (!dossier?.code || !dossier.receivedAt) return null;
  const desk = dossier.receivingAgency ?? dossier.agency;
  // The receipt shows the appointment given at receipt; an apology's new date has its own letter (Mẫu 04).
  const dueAt = dossier.referenceDueAt ?? dossier.dueAt;
  if (!dueAt) return null;
  const lookupCode = dossier.lookupCode ?? "";
  const verificationCode = await receiptVerificationCode(dossierId);
  return {
    code: dossier.code,
    lookupCode,
    lookupUrl: lookupUrl(dossier.code, lookupCode),
    verification: { code: formatVerificationCode(verificationCode), url: verificationUrl(env.PUBLIC_URL, verificationCode) },
    agencyName: desk.name,
    parentAgencyName: desk.parent?.name ?? null,
    procedureName: dossier.procedure.name,
    timeLimitText: dossier.procedure.timeLimitText ?? "",
    applicant: dossier.applicantSnapshot as ReceiptData["applicant"],
    organizationName: dossier.organization?.name ?? null,
    papers: dossier.documents.map((document) => document.requirement?.name ?? document.name),
    receivedAt: dossier.receivedAt,
    dueAt,
    dueIsInstant: dossier.deadlinePrecision === "INSTANT",
    isDueProvisional: dossier.isDueProvisional,
    returnMethod: dossier.returnMethod,
    receiverName: dossier.events[0]?.actor?.fullName ?? null,
    channel: dossier.channel,
    authorisedBy: dossier.delegation
      ? { agencyName: dossier.agency.name, delegatorName: dossier.delegation.delegator.name, decisionNumber: dossier.delegation.decisionNumber, decisionDate: dossier.delegation.decisionDate }
      : null,
  };
}
