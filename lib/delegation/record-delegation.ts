import "server-only";
import { recordAdminChange } from "@/lib/admin/audit";
import type { AdminActor } from "@/lib/admin/scope";
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { maxFileBytes, sniffType } from "@/lib/filing/uploads";
import { newIdAt } from "@/lib/ids";
import { storage } from "@/lib/storage";
import { createHash } from "node:crypto";
import { dayOf, delegatorInScope, fail, missingUnits, overlapping } from "./checks";
import { fieldErrorsOf, parseDay, ZRecordDelegation, type TRecordDelegation } from "./schemas";

// A city agency's administrator records a delegation (ủy quyền) from the decision in hand: who
// delegates what to whom, the decision (number, date, signer, the PDF itself), from when until
// when, and whether the delegator keeps what was filed before the start. Routing follows it from
// 00:00 of its first day (lib/delegation/rules.ts); the change is in admin_audit with the row.

export type DecisionFile = { fileName: string; bytes: Uint8Array };

export const delegationFileKey = (delegationId: string, documentId: string): string => `delegations/${delegationId}/${documentId}`;

export async function recordDelegation(args: { actor: AdminActor; input: TRecordDelegation; document: DecisionFile | null; now: Date }): Promise<{ delegationId: string }> {
  const { actor, now } = args;
  const parsed = ZRecordDelegation.safeParse(args.input);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const today = localDateOf(now);
  const delegator = await delegatorInScope(actor, args.input.delegatorId, errors);
  const file = args.document && args.document.bytes.length > 0 ? args.document : null;
  if (!file) errors.document ??= "document";
  else if (file.bytes.length > maxFileBytes()) errors.document ??= "documentTooLarge";
  else if ((await sniffType(file.bytes)) !== "application/pdf") errors.document ??= "documentType";
  // Against today, whatever else is wrong: every problem comes back at once.
  const decisionDate = parseDay(String(args.input.decisionDate ?? "").trim());
  const validFrom = parseDay(String(args.input.validFrom ?? "").trim());
  if (decisionDate && decisionDate > today) errors.decisionDate ??= "decisionDateFuture";
  if (validFrom && validFrom < today) errors.validFrom = "validFromPast";
  if (!parsed.success || !delegator || Object.keys(errors).length > 0) fail(errors, { max: Math.round(maxFileBytes() / 1024 / 1024) });
  const input = parsed.data;

  // The delegate: one agency in force today, not the delegator; or a group, resolved on each day.
  const delegateAgency = input.delegateKind === "AGENCY"
    ? await db.agency.findUnique({ where: { id: input.delegateAgencyId! }, select: { id: true, name: true, validTo: true } })
    : null;
  if (input.delegateKind === "AGENCY") {
    if (!delegateAgency) errors.delegateAgencyId ??= "delegateAgency";
    else if (delegateAgency.id === delegator.id) errors.delegateAgencyId ??= "delegateSelf";
    else if (delegateAgency.validTo && dayOf(delegateAgency.validTo) < today) errors.delegateAgencyId ??= "delegateEnded";
  }

  // The scope: a procedure, or a field, of which the delegator implements something.
  const procedures = input.scopeKind === "PROCEDURE"
    ? await db.procedure.findMany({ where: { code: input.procedureCode!, isActive: true }, select: { id: true, code: true, fieldId: true, agencies: { where: { agencyId: delegator.id }, select: { agencyId: true } } } })
    : await db.procedure.findMany({ where: { field: { code: input.fieldCode! }, isActive: true }, select: { id: true, code: true, fieldId: true, agencies: { where: { agencyId: delegator.id }, select: { agencyId: true } } } });
  const field = input.scopeKind === "FIELD" ? await db.field.findUnique({ where: { code: input.fieldCode! }, select: { id: true, name: true } }) : null;
  const delegated = procedures.filter((procedure) => procedure.agencies.length > 0);
  if (input.scopeKind === "PROCEDURE") {
    if (procedures.length === 0) errors.procedureCode ??= "procedure";
    else if (delegated.length === 0) errors.procedureCode ??= "procedureNotImplemented";
  } else if (!field) errors.fieldCode ??= "field";
  else if (delegated.length === 0) errors.fieldCode ??= "fieldNotImplemented";
  if (Object.keys(errors).length > 0) fail(errors);

  // Every step of the plans must find a unit at each delegate (today's members of a group).
  const missing = await missingUnits({ procedureIds: delegated.map((procedure) => procedure.id), delegateAgencyId: delegateAgency?.id ?? null, unitCode: input.delegateUnitCode, today });
  if (missing.length > 0) fail({ delegateUnitCode: "delegateUnits" }, { units: missing.join(", ") });
  const scope = input.scopeKind === "PROCEDURE" ? { procedureId: delegated[0]!.id, fieldId: null } : { procedureId: null, fieldId: field!.id };
  const clash = await overlapping({ delegatorId: delegator.id, ...scope, validFrom: input.validFrom, validUntil: input.validUntil, excludeId: null });
  if (clash) fail({ form: "overlap" }, { number: clash.decisionNumber });

  const delegationId = newIdAt(now);
  const documentId = newIdAt(now);
  const key = delegationFileKey(delegationId, documentId);
  const sha256 = createHash("sha256").update(file!.bytes).digest("hex");
  // Announced before the write, removed with the row (lib/jobs/housekeeping.ts sweeps what a crash leaves).
  await db.storageIntent.create({ data: { key } });
  await storage().put(key, file!.bytes, "application/pdf");
  const label = `${input.decisionNumber} · ${input.scopeKind === "PROCEDURE" ? delegated[0]!.code : field!.name}`;
  try {
    await db.$transaction(async (tx) => {
      await tx.document.create({
        data: {
          id: documentId, dossierId: null, kind: "OTHER", name: `Quyết định số ${input.decisionNumber}.pdf`, mimeType: "application/pdf",
          sizeBytes: file!.bytes.length, sha256, storageKey: key, uploadedById: actor.userId, createdAt: now,
        },
      });
      await tx.storageIntent.delete({ where: { key } });
      await tx.delegation.create({
        data: {
          id: delegationId, delegatorId: delegator.id, delegateAgencyId: delegateAgency?.id ?? null,
          delegateGroup: input.delegateKind === "GROUP" ? "COMMUNES" : null, ...scope, delegateUnitCode: input.delegateUnitCode,
          decisionNumber: input.decisionNumber, decisionDate: new Date(`${input.decisionDate}T00:00:00Z`), decisionSigner: input.decisionSigner,
          decisionDocumentId: documentId, validFrom: new Date(`${input.validFrom}T00:00:00Z`),
          validUntil: input.validUntil ? new Date(`${input.validUntil}T00:00:00Z`) : null,
          delegatorKeepsFiledBefore: input.delegatorKeepsFiledBefore, recordedById: actor.userId, createdAt: now,
        },
      });
      await recordAdminChange(tx, now, {
        actorId: actor.userId, agencyId: delegator.id, action: "DELEGATION_RECORDED", targetType: "DELEGATION", targetId: delegationId, targetLabel: label,
        detail: {
          delegate: delegateAgency?.name ?? "COMMUNES", validFrom: input.validFrom, validUntil: input.validUntil,
          keepsFiledBefore: input.delegatorKeepsFiledBefore, signer: input.decisionSigner, documentSha256: sha256,
        },
      });
    });
  } catch (error) {
    await storage().delete(key).catch(() => {});
    await db.storageIntent.deleteMany({ where: { key } });
    throw error;
  }
  return { delegationId };
}
