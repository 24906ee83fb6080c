import "server-only";
import { contactDefaults, identityFacts } from "./identity";
import type { SessionUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/dossiers/actor";
import { saveDraft } from "@/lib/dossiers/save-draft";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { AppError } from "@/lib/errors";
import { checkApplicant } from "./applicant";
import { completeness, isComplete, loadDraft, snapshotOf, startFiling } from "./drafts";
import { checkForm } from "./form-fields";
import { attachDocument, AUTHORISATION_SLOT, type UploadErrorCode } from "./uploads";
import { db } from "@/lib/db";

export type FiledDossier = { id: string; reference: string | null; lookupCode: string | null; status: string; replayed: boolean };
export type FileAtOnceError = { code: "FORM"; fields: Record<string, string> } | { code: "UPLOAD"; slot: string; error: UploadErrorCode } | { code: "INCOMPLETE"; missing: string[] };

/**
 * Files a dossier in one request (the API, the benchmark): the same steps as the wizard, each
 * idempotent under the client's key. A retry after a timeout or a crash finds the draft the key
 * started and carries on, or finds the dossier already sent and answers with it: one dossier per
 * key, never two, whatever failed in between.
 */
export async function fileAtOnce(args: {
  user: SessionUser;
  actor: Actor;
  key: string;
  procedureCode: string;
  agencyId: string;
  fields: Record<string, string>;
  files: { slot: string; name: string; bytes: Uint8Array }[];
  now: Date;
}): Promise<{ ok: true; dossier: FiledDossier } | { ok: false; error: FileAtOnceError }> {
  const { dossierId } = await startFiling({ actor: args.actor, procedureCode: args.procedureCode, agencyId: args.agencyId, idempotencyKey: `${args.user.id}:${args.key}`, now: args.now });
  const sent = async (replayed: boolean) => {
    const row = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { id: true, reference: true, lookupCode: true, status: true } });
    return { ok: true as const, dossier: { ...row, replayed } };
  };
  const draft = await loadDraft(args.actor, dossierId);
  if (!draft) return sent(true);
  const form = checkForm(draft.fields, args.fields);
  if (!form.ok) return { ok: false, error: { code: "FORM", fields: form.errors } };
  const contact = await contactDefaults(args.user.id);
  const facts = { identity: await identityFacts(args.user.id), organizationIds: args.user.organizations.map((organization) => organization.id) };
  const applicant = checkApplicant({ mode: "SELF", fullName: contact?.fullName ?? "", nationalId: contact?.nationalId ?? "", phone: contact?.phone ?? "", email: contact?.email ?? "", address: contact?.address ?? "" }, facts);
  if (!applicant.ok) return { ok: false, error: { code: "FORM", fields: Object.fromEntries(Object.entries(applicant.errors).map(([name, code]) => [`applicant.${name}`, String(code)])) } };
  for (const file of args.files) {
    const uploaded = await attachDocument({ actor: args.actor, dossierId, slot: file.slot, fileName: file.name, bytes: file.bytes, now: args.now });
    if (!uploaded.ok) {
      if (uploaded.error === "notEditable") return sent(true);
      return { ok: false, error: { code: "UPLOAD", slot: file.slot, error: uploaded.error } };
    }
  }
  try {
    // Papers do not move the draft's version; the save does, by one. A request with the same key
    // that got there first makes either command fail on the version, and its dossier is the answer.
    await saveDraft({
      dossierId, actor: args.actor, now: args.now, expectedVersion: draft.version,
      formData: { fields: form.values, applicant: applicant.answers },
      applicant: { applicantType: "CITIZEN", organizationId: null, snapshot: snapshotOf(applicant.answers) },
    });
    const papers = [...draft.documents, ...args.files.map((file) => ({ requirementId: file.slot === AUTHORISATION_SLOT ? null : file.slot }))];
    const state = completeness({ ...draft, applicantAnswers: applicant.answers as unknown as Record<string, string>, answers: form.values, documents: papers }, facts);
    if (!isComplete(state)) return { ok: false, error: { code: "INCOMPLETE", missing: state.missingDocuments } };
    await submitDossier({ dossierId, actor: args.actor, now: args.now, expectedVersion: draft.version + 1 });
  } catch (error) {
    // Another request with the same key got there first: the dossier it sent is the answer.
    if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "INVALID_TRANSITION")) return sent(true);
    throw error;
  }
  return sent(false);
}
