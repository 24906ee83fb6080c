"use server";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { decideApology, draftApology, runOfficerAction, type OfficerActionState } from "@/lib/back-office/officer-actions";

// The back office's dossier forms (components/back-office/action-form.tsx). The work is in
// lib/back-office/officer-actions.ts; on success the page shows what was done.

export type { OfficerActionState };

/** Out of the officer's scope (or not an officer): the same "not found" page as a wrong address. */
async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

const back = (formData: FormData, done: string): never => {
  const dossierId = String(formData.get("dossierId") ?? "");
  redirect(`/can-bo/ho-so/${/^[0-9a-f-]{36}$/.test(dossierId) ? dossierId : ""}?xong=${done}`);
};

export async function officerAction(_state: OfficerActionState, formData: FormData): Promise<OfficerActionState> {
  return (await orNotFound(() => runOfficerAction(formData))) ?? back(formData, String(formData.get("intent") ?? ""));
}

export async function draftApologyAction(_state: OfficerActionState, formData: FormData): Promise<OfficerActionState> {
  return (await orNotFound(() => draftApology(formData))) ?? back(formData, "DRAFT_APOLOGY");
}

export async function decideApologyAction(_state: OfficerActionState, formData: FormData): Promise<OfficerActionState> {
  return (await orNotFound(() => decideApology(formData))) ?? back(formData, formData.get("decision") === "sign" ? "SIGN_APOLOGY" : "DECLINE_APOLOGY");
}
