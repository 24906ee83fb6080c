// What the public verification answers (docs/domain/verification.md), as zod schemas: the page
// renders it, and an API endpoint can return it and describe it (OpenAPI) from the same schema.
// Nothing personal: no name, ID number, address, phone, form data or file name; the dossier code
// only for a receipt, whose holder compares it with the code printed on it.
import { z } from "zod";

const ZName = z.object({ name: z.string(), nameEn: z.string().nullable() });
const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Handled under a delegation (ủy quyền): the agency that resolves it, on whose authority and by which
 * decision (docs/domain/delegation.md); null otherwise.
 */
const ZAuthorisedBy = z
  .object({ agency: ZName, delegator: ZName, decisionNumber: z.string(), decisionDate: z.iso.date() })
  .nullable();

/** An issued result document (kết quả giải quyết) or a written refusal to resolve. */
export const ZVerifiedResult = z.object({
  kind: z.literal("RESULT"),
  /** The verification code, grouped as printed (XXXXX-XXXXX-XXXXX-XXXXX). */
  code: z.string(),
  /** RESULT: the result of the procedure; REFUSAL: the agency's written refusal to resolve, with reasons. */
  documentKind: z.enum(["RESULT", "REFUSAL"]),
  /** The competent agency that resolved the dossier and issued the document. */
  agency: ZName,
  /** When that agency resolved it as authorised by another: the delegator and the decision. */
  authorisedBy: ZAuthorisedBy,
  procedure: ZName.extend({ code: z.string() }),
  /** When the document was issued (attached as the result), ISO 8601. */
  issuedAt: z.iso.datetime({ offset: true }),
  /** SHA-256 of the issued file, hex, lower case: a file whose hash differs is not this document. */
  sha256: ZSha256,
  /** The issued file's type (application/pdf for every result issued with a stamp). */
  mediaType: z.string(),
  /** False when the file was issued unchanged (a digitally signed PDF carries no stamp). */
  isStamped: z.boolean(),
});

/** A receipt and appointment (Mẫu 01): its facts, to compare with the paper in hand. */
export const ZVerifiedReceipt = z.object({
  kind: z.literal("RECEIPT"),
  code: z.string(),
  dossierCode: z.string(),
  /** The desk that received the dossier (the agency printed on the receipt). */
  agency: ZName,
  /** The agency that will resolve it, when it does so as authorised by another (as the receipt says). */
  authorisedBy: ZAuthorisedBy,
  procedure: ZName.extend({ code: z.string() }),
  receivedAt: z.iso.datetime({ offset: true }),
  /** The appointment given at receipt (an apology's new date has its own letter). */
  appointmentAt: z.iso.datetime({ offset: true }),
  /** DAY: by the end of that day; INSTANT: to the minute. */
  appointmentPrecision: z.enum(["DAY", "INSTANT"]),
  isAppointmentProvisional: z.boolean(),
});

export const ZVerifiedPaper = z.discriminatedUnion("kind", [ZVerifiedResult, ZVerifiedReceipt]);

export const ZVerification = z.discriminatedUnion("status", [
  z.object({ status: z.literal("ISSUED"), paper: ZVerifiedPaper }),
  /** Unknown or malformed code: the same answer, after the same work. */
  z.object({ status: z.literal("NOT_FOUND") }),
  z.object({ status: z.literal("RATE_LIMITED") }),
]);

export type TVerifiedResult = z.infer<typeof ZVerifiedResult>;
export type TVerifiedReceipt = z.infer<typeof ZVerifiedReceipt>;
export type TVerifiedPaper = z.infer<typeof ZVerifiedPaper>;
export type TVerification = z.infer<typeof ZVerification>;
