import { getTranslations } from "next-intl/server";
import type { CodeFormTexts } from "@/components/back-office/sign-in-forms";
import { LOCK_MINUTES } from "@/lib/auth/officer-sign-in";
import { safeReturnPath } from "@/lib/auth/session";
import { BACK_OFFICE_HOME } from "@/lib/auth/staff";

/** Where to go after signing in: a path inside the portal, the work page by default. */
export async function nextOf(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<string> {
  const params = await searchParams;
  return safeReturnPath(Array.isArray(params.next) ? params.next[0] : params.next, BACK_OFFICE_HOME);
}

export async function codeFormTexts(submit: "codeSubmit" | "enrolSubmit"): Promise<CodeFormTexts> {
  const t = await getTranslations("OfficerSignIn");
  return {
    label: t("codeLabel"), hint: t("codeHint"), submit: t(submit), errorCode: t("errorCode"), errorInvalid: t("errorCodeInvalid"),
    errorExpired: t("errorExpired"), errorLocked: t("errorLocked", { minutes: LOCK_MINUTES }), errorRateLimited: t("errorRateLimited"),
    startAgain: t("startAgain"),
  };
}
