"use server";
import { redirect } from "next/navigation";
import { getSessionUser, residentActor, type SessionUser } from "@/lib/auth/session";
import { saveDraft } from "@/lib/dossiers/save-draft";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { AppError } from "@/lib/errors";
import { checkApplicant, type ApplicantErrorCode } from "@/lib/filing/applicant";
import { completeness, isComplete, loadDraft, sentDossierOf, snapshotOf } from "@/lib/filing/drafts";
import { checkForm, type FieldErrorCode } from "@/lib/filing/form-fields";
import { removeDraftDocument } from "@/lib/filing/uploads";
import { identityFacts } from "@/lib/filing/identity";

export type StepState<Code extends string> = { errors?: Record<string, Code>; raw?: Record<string, string>; failed?: "conflict" };

/** Every action starts again from the session: a draft that is not the actor's is not found. */
async function draftOf(dossierId: string): Promise<{ user: SessionUser; draft: NonNullable<Awaited<ReturnType<typeof loadDraft>>> }> {
  const user = await getSessionUser();
  if (!user || user.role !== "RESIDENT") redirect(`/dang-nhap?next=${encodeURIComponent(`/nop-ho-so/${dossierId}/nguoi-nop`)}`);
  const draft = await loadDraft(residentActor(user), dossierId);
  if (!draft) {
    // Already sent (a second tab, a repeated click): the dossier's own page says what happened.
    const sent = await sentDossierOf(user.id, dossierId);
    if (sent) redirect(`/ho-so/${sent}`);
    throw new AppError("NOT_FOUND");
  }
  return { user, draft };
}

const formEntries = (formData: FormData): Record<string, string> =>
  Object.fromEntries([...formData.entries()].filter(([key, value]) => !key.startsWith("$") && key !== "dossierId" && typeof value === "string") as [string, string][]);

// The dossier id travels as a form field, not a bound argument: a bound action answering with state
// loops without JavaScript (vercel/next.js#57867). draftOf() checks it belongs to the session.
const idOf = (formData: FormData): string => String(formData.get("dossierId") ?? "");

export async function saveApplicantStep(_state: StepState<ApplicantErrorCode>, formData: FormData): Promise<StepState<ApplicantErrorCode>> {
  const dossierId = idOf(formData);
  const { user, draft } = await draftOf(dossierId);
  const input = formEntries(formData);
  const checked = checkApplicant(input, { identity: await identityFacts(user.id), organizationIds: user.organizations.map((organization) => organization.id) });
  if (!checked.ok) return { errors: checked.errors as Record<string, ApplicantErrorCode>, raw: checked.raw };
  const { answers } = checked;
  const stored = (draft.formData ?? {}) as Record<string, unknown>;
  await saveDraft({
    dossierId, actor: residentActor(user), now: new Date(), expectedVersion: draft.version,
    formData: { ...stored, applicant: answers },
    applicant: { applicantType: answers.mode === "ORGANIZATION" ? "BUSINESS" : "CITIZEN", organizationId: answers.organizationId, snapshot: snapshotOf(answers) },
  });
  redirect(`/nop-ho-so/${dossierId}/to-khai`);
}

export async function saveFormStep(_state: StepState<FieldErrorCode>, formData: FormData): Promise<StepState<FieldErrorCode>> {
  const dossierId = idOf(formData);
  const { user, draft } = await draftOf(dossierId);
  const checked = checkForm(draft.fields, formEntries(formData));
  if (!checked.ok) return { errors: checked.errors, raw: checked.raw };
  const stored = (draft.formData ?? {}) as Record<string, unknown>;
  await saveDraft({ dossierId, actor: residentActor(user), now: new Date(), expectedVersion: draft.version, formData: { ...stored, fields: checked.values } });
  redirect(`/nop-ho-so/${dossierId}/giay-to`);
}

export async function removeDocument(dossierId: string, formData: FormData): Promise<void> {
  const { user } = await draftOf(dossierId);
  await removeDraftDocument({ actor: residentActor(user), dossierId, documentId: String(formData.get("documentId") ?? "") });
  redirect(`/nop-ho-so/${dossierId}/giay-to`);
}

export type SubmitState = { error?: "declaration" | "incomplete" | "ward" };

/**
 * Sends the draft. Checked again here whatever the pages showed; a second click or a second tab
 * finds the dossier already sent and lands on its page (one dossier, never two).
 */
export async function submitStep(_state: SubmitState, formData: FormData): Promise<SubmitState> {
  const dossierId = idOf(formData);
  const { user, draft } = await draftOf(dossierId);
  if (formData.get("declaration") !== "yes") return { error: "declaration" };
  const state = completeness(draft, { identity: await identityFacts(user.id), organizationIds: user.organizations.map((organization) => organization.id) });
  if (!isComplete(state)) return { error: "incomplete" };
  // The ward, when the procedure was delegated to every ward since the draft was begun (lib/delegation/ward-choice.ts).
  const ward = String(formData.get("delegateAgencyId") ?? "");
  try {
    await submitDossier({ dossierId, actor: residentActor(user), now: new Date(), expectedVersion: draft.version, delegateAgencyId: /^[0-9a-f-]{36}$/.test(ward) ? ward : null });
  } catch (error) {
    if (error instanceof AppError && (error.code === "DELEGATE_REQUIRED" || error.code === "NOT_COMPETENT")) return { error: "ward" };
    if (!(error instanceof AppError) || (error.code !== "CONFLICT" && error.code !== "INVALID_TRANSITION")) throw error;
    await draftOf(dossierId); // sent meanwhile: redirects to its page
  }
  redirect(`/ho-so/${dossierId}?da-nop=1`);
}
