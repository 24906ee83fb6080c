import "server-only";
import type { OfficerActor } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { createDraft } from "@/lib/dossiers/create-draft";
import { proceduresTakenBy } from "@/lib/delegation/routing";
import { executeTransition } from "@/lib/dossiers/execute-transition";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { AppError } from "@/lib/errors";
import { checkApplicant, type ApplicantErrorCode } from "@/lib/filing/applicant";
import { checkForm, ZFormFields, type FieldErrorCode } from "@/lib/filing/form-fields";
import { attachDocument, maxFileBytes, sniffType, type UploadErrorCode } from "@/lib/filing/uploads";

// Walk-in intake (tiếp nhận trực tiếp): the desk officer files a dossier for the resident at the
// counter from the papers in hand (scanned as uploads) and receives it at once, so the printed
// receipt (Mẫu 01) goes back over the counter. One key per form: a double click or a retry after a
// timeout finds the same dossier, never a second one.

/**
 * The procedures this desk takes at the counter now, with a known time limit: its agency's own,
 * less those it delegated away, plus those delegated to it (lib/delegation). `now` defaults to the
 * request's instant for the pages that do not pass it yet.
 */
export async function walkInProcedures(agencyId: string, now: Date = new Date()) {
  const ids = await proceduresTakenBy(agencyId, now, { isActive: true, timeLimitValue: { not: null }, channels: { has: "IN_PERSON" } });
  return db.procedure.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { code: true, name: true } });
}

export async function walkInProcedure(agencyId: string, code: string, now: Date = new Date()) {
  const ids = await proceduresTakenBy(agencyId, now, { code, isActive: true, timeLimitValue: { not: null } });
  const procedure = await db.procedure.findFirst({
    where: { id: { in: ids } },
    select: {
      code: true, name: true, formFields: true,
      requiredDocuments: { orderBy: { position: "asc" }, select: { id: true, name: true, isRequired: true } },
    },
  });
  if (!procedure) return null;
  return { ...procedure, fields: ZFormFields.safeParse(procedure.formFields).data ?? [] };
}

export type WalkInFile = { slot: string; fileName: string; bytes: Uint8Array };
export type WalkInErrors = Record<string, ApplicantErrorCode | FieldErrorCode | UploadErrorCode>;
export type WalkInResult = { ok: true; dossierId: string } | { ok: false; errors: WalkInErrors };

export async function fileWalkIn(args: {
  actor: OfficerActor;
  procedureCode: string;
  key: string;
  applicant: Record<string, string>;
  answers: Record<string, string>;
  files: WalkInFile[];
  now: Date;
}): Promise<WalkInResult> {
  const { actor, now } = args;
  if (actor.officerRole !== "DESK_OFFICER" || !/^[0-9a-zA-Z-]{8,64}$/.test(args.key)) throw new AppError("NOT_FOUND");
  const procedure = await walkInProcedure(actor.agencyId, args.procedureCode, now);
  if (!procedure) throw new AppError("NOT_FOUND");
  const idempotencyKey = `${actor.userId}:${args.key}`;
  // Sent already (a second click after the first went through): the same dossier.
  const earlier = await db.dossier.findUnique({ where: { idempotencyKey }, select: { id: true, status: true } });
  if (earlier && earlier.status !== "DRAFT" && earlier.status !== "SUBMITTED") return { ok: true, dossierId: earlier.id };

  const errors: WalkInErrors = {};
  const applicant = checkApplicant({ ...args.applicant, mode: "SELF" }, { identity: null, organizationIds: [] });
  if (!applicant.ok) Object.assign(errors, applicant.errors);
  const form = checkForm(procedure.fields, args.answers);
  if (!form.ok) for (const [name, code] of Object.entries(form.errors)) errors[`field.${name}`] = code;
  const bySlot = new Map(args.files.filter((file) => file.bytes.length > 0).map((file) => [file.slot, file]));
  for (const paper of procedure.requiredDocuments) {
    const file = bySlot.get(paper.id);
    if (!file) {
      if (paper.isRequired) errors[`paper.${paper.id}`] = "missingFile";
      continue;
    }
    if (file.bytes.length > maxFileBytes()) errors[`paper.${paper.id}`] = "tooLarge";
    else if (!(await sniffType(file.bytes))) errors[`paper.${paper.id}`] = "type";
  }
  if (Object.keys(errors).length > 0 || !applicant.ok || !form.ok) return { ok: false, errors };

  const { answers } = applicant;
  const { dossierId } = await createDraft({
    actor, now, procedureCode: procedure.code, agencyId: actor.agencyId, formData: form.values, idempotencyKey,
    walkIn: {
      channel: "IN_PERSON",
      applicant: {
        fullName: answers.fullName, nationalId: answers.nationalId, address: answers.address, phone: answers.phone,
        ...(answers.email ? { email: answers.email } : {}),
        ...(answers.dateOfBirth ? { dateOfBirth: answers.dateOfBirth } : {}),
      },
    },
  });
  const status = (await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } })).status;
  if (status === "DRAFT") {
    for (const paper of procedure.requiredDocuments) {
      const file = bySlot.get(paper.id);
      if (!file) continue;
      const attached = await attachDocument({ actor, dossierId, slot: paper.id, fileName: file.fileName, bytes: file.bytes, now });
      if (!attached.ok) return { ok: false, errors: { [`paper.${paper.id}`]: attached.error } };
    }
    await submitDossier({ dossierId, actor, now });
  }
  await receiveIfSubmitted(actor, dossierId, now);
  return { ok: true, dossierId };
}

async function receiveIfSubmitted(actor: OfficerActor, dossierId: string, now: Date): Promise<void> {
  try {
    await executeTransition({ dossierId, actor, now, request: { action: "RECEIVE" } });
  } catch (error) {
    // Another click received it a moment ago: the same dossier, received once.
    if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "INVALID_TRANSITION"))) throw error;
  }
}
