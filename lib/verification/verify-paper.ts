import "server-only";
import { withinRateLimit } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { formatVerificationCode, parseVerificationCode } from "./codes";
import { ZVerification, type TVerification } from "./schemas";

/** A client may check this many codes per window (a clerk checking a pile of papers stays well under). */
export const VERIFY_LIMIT = { limit: 60, windowSeconds: 600 } as const;

/** A well-formed code no paper has: a malformed code is looked up as this one, so that it costs the same. */
const NEVER_ISSUED = "0".repeat(20);

const NAME = { select: { name: true, nameEn: true } } as const;
const PROCEDURE = { select: { code: true, name: true, nameEn: true } } as const;
const DELEGATION = { select: { decisionNumber: true, decisionDate: true, delegator: NAME } } as const;

type DelegationFacts = { decisionNumber: string; decisionDate: Date; delegator: { name: string; nameEn: string | null } } | null;

/** "As authorised by": the resolving agency, the delegator and the decision, or null. */
function authorisedBy(agency: { name: string; nameEn: string | null }, delegation: DelegationFacts) {
  return delegation ? { agency, delegator: delegation.delegator, decisionNumber: delegation.decisionNumber, decisionDate: delegation.decisionDate.toISOString().slice(0, 10) } : null;
}

function findResult(code: string) {
  return db.document.findFirst({
    where: { verificationCode: code, kind: "RESULT" },
    select: {
      createdAt: true, sha256: true, originalSha256: true, mimeType: true,
      dossier: { select: { resolution: true, agency: NAME, procedure: PROCEDURE, delegation: DELEGATION } },
    },
  });
}

function findReceipt(code: string) {
  return db.receiptVerification.findUnique({
    where: { code },
    select: {
      dossier: {
        select: {
          code: true, receivedAt: true, referenceDueAt: true, dueAt: true, deadlinePrecision: true, isDueProvisional: true,
          agency: NAME, receivingAgency: NAME, procedure: PROCEDURE, delegation: DELEGATION,
        },
      },
    },
  });
}

/**
 * What the public may know of the paper carrying this verification code (a result document or a
 * receipt), or NOT_FOUND. Independent of any request object: the page calls it with the client's
 * key, and so can an API handler; the answer is described by ZVerification. Every call counts
 * against the client's limit; an unknown and a malformed code give the same answer after the same
 * two indexed reads, so the time of the answer tells nothing either.
 */
export async function verifyPaper(args: { code: string; clientKey: string; now: Date }): Promise<TVerification> {
  if (!(await withinRateLimit({ scope: "verify", subject: args.clientKey, ...VERIFY_LIMIT, now: args.now }))) return { status: "RATE_LIMITED" };
  const parsed = parseVerificationCode(args.code);
  const code = parsed ?? NEVER_ISSUED;
  const [result, receipt] = await Promise.all([findResult(code), findReceipt(code)]);
  if (!parsed) return { status: "NOT_FOUND" };
  const shown = formatVerificationCode(code);
  if (result?.dossier) {
    const { dossier } = result;
    return ZVerification.parse({
      status: "ISSUED",
      paper: {
        kind: "RESULT",
        code: shown,
        documentKind: dossier.resolution === "REJECTED" ? "REFUSAL" : "RESULT",
        agency: dossier.agency,
        authorisedBy: authorisedBy(dossier.agency, dossier.delegation),
        procedure: dossier.procedure,
        issuedAt: result.createdAt.toISOString(),
        sha256: result.sha256.toLowerCase(),
        mediaType: result.mimeType,
        isStamped: result.originalSha256 !== null && result.originalSha256 !== result.sha256,
      },
    });
  }
  const dossier = receipt?.dossier;
  const appointment = dossier?.referenceDueAt ?? dossier?.dueAt;
  if (dossier?.code && dossier.receivedAt && appointment) {
    return ZVerification.parse({
      status: "ISSUED",
      paper: {
        kind: "RECEIPT",
        code: shown,
        dossierCode: dossier.code,
        agency: dossier.receivingAgency ?? dossier.agency,
        authorisedBy: authorisedBy(dossier.agency, dossier.delegation),
        procedure: dossier.procedure,
        receivedAt: dossier.receivedAt.toISOString(),
        appointmentAt: appointment.toISOString(),
        appointmentPrecision: dossier.deadlinePrecision ?? "DAY",
        isAppointmentProvisional: dossier.isDueProvisional,
      },
    });
  }
  return { status: "NOT_FOUND" };
}
