"use server";
import { notFound, redirect } from "next/navigation";
import { currentOfficer } from "@/lib/auth/staff";
import { fileWalkIn, type WalkInErrors } from "@/lib/back-office/walk-in";
import { AppError } from "@/lib/errors";

export type WalkInState = { errors?: WalkInErrors; values?: Record<string, string> };

const APPLICANT_FIELDS = ["fullName", "nationalId", "dateOfBirth", "phone", "email", "address"] as const;

/** Files and receives the walk-in dossier, then shows it with its receipt to print. */
export async function walkInAction(_state: WalkInState, formData: FormData): Promise<WalkInState> {
  const officer = await currentOfficer();
  if (!officer) notFound();
  const text = (name: string) => String(formData.get(name) ?? "").trim().slice(0, 4000);
  const answers: Record<string, string> = {};
  const files = [];
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("field.") && typeof value === "string") answers[name.slice(6)] = value.trim().slice(0, 4000);
    if (name.startsWith("paper.") && value instanceof File && value.size > 0) {
      files.push({ slot: name.slice(6), fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  const result = await fileWalkIn({
    actor: officer.actor,
    procedureCode: text("procedure"),
    key: text("key"),
    applicant: Object.fromEntries(APPLICANT_FIELDS.map((name) => [name, text(name)])),
    answers,
    files,
    now: new Date(),
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!result.ok) {
    const values = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
    return { errors: result.errors, values };
  }
  redirect(`/can-bo/ho-so/${result.dossierId}?xong=RECEIVE`);
}
