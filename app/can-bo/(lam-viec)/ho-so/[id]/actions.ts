"use server";
import { redirect } from "next/navigation";
import { decideApology, draftApology, runOfficerAction, type OfficerActionState } from "@/lib/back-office/officer-actions";

// The back office's dossier forms (components/back-office/action-form.tsx). The work is in
// lib/back-office/officer-actions.ts; on success the page shows what was done.

export type { OfficerActionState };

const back = (formData: FormData, done: string): never => {
  const dossierId = String(formData.get("dossierId") ?? "");
  redirect(`/can-bo/ho-so/${/^[0-9a-f-]{36}$/.test(dossierId) ? dossierId : ""}?xong=${done}`);
};

export async function officerAction(_state: OfficerActionState, formData: FormData): Promise<OfficerActionState> {
  return (await runOfficerAction(formData)) ?? back(formData, String(formData.get("intent") ?? ""));
}

export async function draftApologyAction(_state: OfficerActionState, formData: FormData): Promise<OfficerActionState> {
  return (await draftApology(formData)) ?? back(formData, "DRAFT_APOLOGY");
}

export async function decideApologyAction(_state: OfficerActionState, formData: FormData): Promise<OfficerActionState> {
  return (await decideApology(formData)) ?? back(formData, formData.get("decision") === "sign" ? "SIGN_APOLOGY" : "DECLINE_APOLOGY");
}
