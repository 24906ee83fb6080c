"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAuthAction } from "@/lib/auth/auth-handler";
import { checkOfficerPassword, checkOfficerSecondFactor, newRecoveryCodesFor, remainingRecoveryCodes, TICKET_SECONDS } from "@/lib/auth/officer-sign-in";
import { OFFICER_PROVIDER_ID } from "@/lib/auth/options";
import { clientKey, getSessionUser, safeReturnPath } from "@/lib/auth/session";
import { BACK_OFFICE_HOME } from "@/lib/auth/staff";
import { env } from "@/lib/env";

/** The ticket between the password and the second factor: httpOnly, this path only, five minutes. */
const TICKET_COOKIE = "motcua-officer-ticket";
const TICKET_PATH = "/can-bo/dang-nhap";
const RECOVERY_PATH = "/can-bo/ma-du-phong";

export type OfficerPasswordState = { errors?: { email?: "email"; password?: "password" }; error?: "invalid" | "locked" | "rateLimited"; email?: string };
export type OfficerCodeState = { error?: "code" | "invalid" | "expired" | "locked" | "rateLimited" };

export async function readTicketCookie(): Promise<string | undefined> {
  return (await cookies()).get(TICKET_COOKIE)?.value;
}

export async function submitOfficerPassword(_state: OfficerPasswordState, formData: FormData): Promise<OfficerPasswordState> {
  const rawEmail = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const email = z.email().max(254).safeParse(rawEmail);
  const errors: OfficerPasswordState["errors"] = {
    ...(email.success ? {} : { email: "email" as const }),
    ...(password.length === 0 ? { password: "password" as const } : {}),
  };
  if (Object.keys(errors).length > 0) return { errors, email: rawEmail };
  const result = await checkOfficerPassword({ email: email.data!, password, clientKey: await clientKey(), now: new Date() });
  if (!result.ok) {
    return { error: result.reason === "LOCKED" ? "locked" : result.reason === "RATE_LIMITED" ? "rateLimited" : "invalid", email: rawEmail };
  }
  (await cookies()).set(TICKET_COOKIE, result.ticket, { httpOnly: true, sameSite: "strict", path: TICKET_PATH, maxAge: TICKET_SECONDS, secure: env.PUBLIC_URL.startsWith("https:") });
  const next = safeReturnPath(formData.get("next"), BACK_OFFICE_HOME);
  redirect(`${TICKET_PATH}/${result.stage === "enrol" ? "thiet-lap" : "xac-thuc"}?next=${encodeURIComponent(next)}`);
}

/** The code (or a recovery code): on success the session cookie is set through next-auth. */
export async function submitOfficerCode(_state: OfficerCodeState, formData: FormData): Promise<OfficerCodeState> {
  const code = String(formData.get("code") ?? "").trim();
  if (!/^(\d{3}\s?\d{3}|[0-9A-Za-z]{4}-?[0-9A-Za-z]{4})$/.test(code)) return { error: "code" };
  const jar = await cookies();
  const result = await checkOfficerSecondFactor({ ticket: jar.get(TICKET_COOKIE)?.value, code, clientKey: await clientKey(), now: new Date() });
  if (!result.ok) {
    const error = ({ EXPIRED: "expired", LOCKED: "locked", RATE_LIMITED: "rateLimited", INVALID: "invalid" } as const)[result.reason];
    return { error };
  }
  jar.delete({ name: TICKET_COOKIE, path: TICKET_PATH });
  const next = safeReturnPath(formData.get("next"), BACK_OFFICE_HOME);
  const location = await runAuthAction({ action: "callback", providerId: OFFICER_PROVIDER_ID, body: { grant: result.grant, callbackUrl: next } });
  if (location.includes("error=")) return { error: "expired" };
  // Just enrolled: next, the recovery codes (made and shown once on that page).
  if (result.enrolled) redirect(`${RECOVERY_PATH}?moi=1&next=${encodeURIComponent(next)}`);
  if (result.usedRecoveryCode) redirect(`${BACK_OFFICE_HOME}?du-phong=${await remainingRecoveryCodes(result.userId)}`);
  redirect(location);
}

export async function signOutOfficer(): Promise<void> {
  await runAuthAction({ action: "signout", body: { callbackUrl: TICKET_PATH } });
  redirect(TICKET_PATH);
}

export type RecoveryCodesState = { codes?: string[] };

/** Ten new recovery codes for the signed-in officer (the old ones stop working); shown once. */
export async function makeRecoveryCodes(_state: RecoveryCodesState, _formData: FormData): Promise<RecoveryCodesState> {
  const user = await getSessionUser();
  if (!user || user.role === "RESIDENT") redirect(TICKET_PATH);
  return { codes: await newRecoveryCodesFor(user.id) };
}
