"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAuthAction } from "@/lib/auth/auth-handler";
import { requestSignInCode } from "@/lib/auth/codes";
import { EMAIL_CODE_PROVIDER_ID } from "@/lib/auth/options";
import { clientKey, safeReturnPath } from "@/lib/auth/session";
import { OIDC_PROVIDER_ID } from "@/lib/idp/config";

export type EmailFormState = { error?: "email" | "rateLimited"; email?: string };
export type CodeFormState = { error?: "code" | "invalid" };

/** "Đăng nhập bằng VNeID": off to the identity provider, back to `next`. */
export async function signInWithIdentityProvider(formData: FormData): Promise<void> {
  const next = safeReturnPath(formData.get("next"), "/ho-so");
  const location = await runAuthAction({ action: "signin", providerId: OIDC_PROVIDER_ID, body: { callbackUrl: next } });
  redirect(location);
}

/** Sends a one-time code to the address; the code page carries only the request's id, never the address. */
export async function requestEmailCode(_state: EmailFormState, formData: FormData): Promise<EmailFormState> {
  const raw = String(formData.get("email") ?? "").trim();
  const email = z.email().max(254).safeParse(raw);
  if (!email.success) return { error: "email", email: raw };
  const next = safeReturnPath(formData.get("next"), "/ho-so");
  const result = await requestSignInCode({ email: email.data, clientKey: await clientKey(), now: new Date() });
  if (!result.ok) return { error: "rateLimited", email: raw };
  redirect(`/dang-nhap/ma?yc=${result.requestId}&next=${encodeURIComponent(next)}`);
}

export async function verifyEmailCode(_state: CodeFormState, formData: FormData): Promise<CodeFormState> {
  const requestId = String(formData.get("requestId") ?? "");
  const code = String(formData.get("code") ?? "").replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return { error: "code" };
  const next = safeReturnPath(formData.get("next"), "/ho-so");
  const location = await runAuthAction({
    action: "callback",
    providerId: EMAIL_CODE_PROVIDER_ID,
    body: { requestId, code, clientKey: await clientKey(), callbackUrl: next },
  });
  if (location.includes("error=")) return { error: "invalid" };
  redirect(location);
}

/** Ends this session (next-auth clears its cookie). */
export async function signOut(): Promise<void> {
  await runAuthAction({ action: "signout", body: { callbackUrl: "/" } });
  redirect("/");
}
