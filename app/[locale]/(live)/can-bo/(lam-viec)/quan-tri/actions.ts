"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { runAcceptInvitation, runAdminForm, type AdminFormState, type AdminOutcome } from "@/lib/admin/form-actions";
import { isAppError } from "@/lib/errors";

// The administrator's forms (components/admin/admin-form.tsx) and the invited officer's password
// form. The work is in lib/admin/form-actions.ts; on success the page says what was done.

async function settle(outcome: Promise<AdminOutcome>): Promise<AdminFormState> {
  let result: AdminOutcome;
  try {
    result = await outcome;
  } catch (error) {
    // Another agency's unit or officer, a tampered id, or not an administrator: not found.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  // The public pages kept in Next's cache (home, procedure pages) show what administrators edit
  // (processing plans, agencies, the calendar): an administrator's change drops them all; they are
  // rendered afresh on their next visit. Administrators' changes are rare, pages are many.
  revalidatePath("/[locale]", "layout");
  if ("redirectTo" in result) redirect(result.redirectTo);
  return result.state;
}

export async function adminAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return settle(runAdminForm(formData));
}

export async function acceptInvitationAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return settle(runAcceptInvitation(formData));
}
