import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/dossiers/actor";
import { competentAgencyIds } from "@/lib/delegation/routing";
import { createDraft } from "@/lib/dossiers/create-draft";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";
import { AppError } from "@/lib/errors";
import { checkApplicant, type ApplicantAnswers } from "./applicant";
import { checkForm, ZFormFields, type FormField } from "./form-fields";
import { AUTHORISATION_SLOT } from "./uploads";

/**
 * A procedure one can file online, with the agencies that take it now: its implementers, or, where
 * a delegation applies, the delegates instead of the delegator (lib/delegation). `now` defaults to
 * the request's instant for the pages that do not pass it yet.
 */
export async function procedureForFiling(code: string, now: Date = new Date()) {
  const procedure = await db.procedure.findFirst({
    where: { code, isActive: true, channels: { has: "ONLINE" } },
    select: {
      id: true, code: true, name: true, nameEn: true, feeVnd: true, feeText: true,
      agencies: { select: { agency: { select: { id: true, name: true, nameEn: true } } }, orderBy: { agency: { name: "asc" } } },
      _count: { select: { delegations: true } },
    },
  });
  if (!procedure) return null;
  const { id, _count, agencies: links, ...rest } = procedure;
  const fieldDelegations = _count.delegations > 0 ? 1 : await db.delegation.count({ where: { field: { procedures: { some: { id } } } } });
  if (fieldDelegations === 0) return { ...rest, agencies: links.map((row) => row.agency) };
  const agencies = await db.agency.findMany({ where: { id: { in: await competentAgencyIds(id, now) } }, orderBy: { name: "asc" }, select: { id: true, name: true, nameEn: true } });
  return { ...rest, agencies };
}

/** Starts a draft (or finds the one the same key started: a double click makes one draft). */
export async function startFiling(args: { actor: Actor; procedureCode: string; agencyId: string; idempotencyKey: string; now: Date }) {
  return createDraft({ actor: args.actor, now: args.now, procedureCode: args.procedureCode, agencyId: args.agencyId, formData: {}, idempotencyKey: args.idempotencyKey });
}

export type WizardDraft = NonNullable<Awaited<ReturnType<typeof loadDraft>>>;

/** A draft of the actor's, with what the wizard shows; null when not theirs or no longer a draft. */
export async function loadDraft(actor: Actor, dossierId: string) {
  if (!/^[0-9a-f-]{36}$/.test(dossierId)) return null;
  const row = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId, status: "DRAFT" }, dossierVisibleTo(actor)] },
    select: {
      id: true, version: true, reference: true, formData: true, applicantSnapshot: true, applicantType: true, organizationId: true,
      agency: { select: { id: true, name: true, nameEn: true } },
      procedure: {
        select: {
          code: true, name: true, nameEn: true, formFields: true, feeVnd: true,
          requiredDocuments: { select: { id: true, name: true, groupName: true, isRequired: true, formName: true }, orderBy: { position: "asc" } },
        },
      },
      documents: { select: { id: true, requirementId: true, kind: true, name: true, sizeBytes: true, mimeType: true }, orderBy: { createdAt: "asc" } },
      updatedAt: true,
    },
  });
  if (!row) return null;
  const fields: FormField[] = ZFormFields.catch([]).parse(row.procedure.formFields);
  const stored = (row.formData ?? {}) as { fields?: Record<string, unknown>; applicant?: Record<string, string> };
  return { ...row, fields, answers: stored.fields ?? {}, applicantAnswers: stored.applicant ?? null };
}

/** What is still missing before the draft can be sent (all of it, at once). */
export type Completeness = { applicant: boolean; form: boolean; missingDocuments: string[] };

/** What completeness reads of a draft (the papers by their slot only). */
export type DraftAnswers = Pick<WizardDraft, "applicantAnswers" | "fields" | "answers" | "procedure"> & { documents: readonly { requirementId: string | null }[] };

export function completeness(draft: DraftAnswers, facts: Parameters<typeof checkApplicant>[1]): Completeness {
  const applicant = draft.applicantAnswers ? checkApplicant(draft.applicantAnswers, facts).ok : false;
  const form = checkForm(draft.fields, Object.fromEntries(Object.entries(draft.answers).map(([key, value]) => [key, String(value)]))).ok;
  const uploaded = new Set(draft.documents.map((document) => document.requirementId ?? AUTHORISATION_SLOT));
  const missingDocuments = draft.procedure.requiredDocuments.filter((paper) => paper.isRequired && !uploaded.has(paper.id)).map((paper) => paper.id);
  if (draft.applicantAnswers?.mode === "REPRESENTATIVE" && !uploaded.has(AUTHORISATION_SLOT)) missingDocuments.push(AUTHORISATION_SLOT);
  return { applicant, form, missingDocuments };
}

export const isComplete = (state: Completeness): boolean => state.applicant && state.form && state.missingDocuments.length === 0;

/** The snapshot of the applicant the dossier keeps (personal data: never in logs or public pages). */
export function snapshotOf(answers: ApplicantAnswers) {
  return {
    fullName: answers.fullName,
    nationalId: answers.nationalId,
    ...(answers.dateOfBirth ? { dateOfBirth: answers.dateOfBirth } : {}),
    phone: answers.phone,
    address: answers.address,
    ...(answers.email ? { email: answers.email } : {}),
    ...(answers.mode === "REPRESENTATIVE" ? { onBehalfOf: { fullName: answers.principalFullName!, nationalId: answers.principalNationalId! } } : {}),
  };
}

export const assertFound = <T>(value: T | null): T => {
  if (value === null) throw new AppError("NOT_FOUND");
  return value;
};

/** The applicant's dossier that is no longer a draft (sent from another tab): where to go instead. */
export async function sentDossierOf(userId: string, dossierId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/.test(dossierId)) return null;
  const sent = await db.dossier.findFirst({ where: { id: dossierId, applicantId: userId, status: { not: "DRAFT" } }, select: { id: true } });
  return sent?.id ?? null;
}
