import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RecoveryCodesForm } from "@/components/back-office/sign-in-forms";
import { remainingRecoveryCodes } from "@/lib/auth/officer-sign-in";
import { getSessionUser, safeReturnPath } from "@/lib/auth/session";
import { BACK_OFFICE_HOME, OFFICER_SIGN_IN_PATH } from "@/lib/auth/staff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("OfficerSignIn"))("recoveryTitle"), robots: { index: false } };
}

/** The officer's recovery codes: made right after enrolment, and again whenever they want new ones. */
export default async function RecoveryCodesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSessionUser();
  if (!user) redirect(`${OFFICER_SIGN_IN_PATH}?next=/can-bo/ma-du-phong`);
  if (user.role === "RESIDENT") notFound();
  const params = await searchParams;
  const next = safeReturnPath(Array.isArray(params.next) ? params.next[0] : params.next, BACK_OFFICE_HOME);
  const t = await getTranslations("OfficerSignIn");
  const left = await remainingRecoveryCodes(user.id);
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("recoveryTitle")}</h1>
      <p className="mt-3">{params.moi ? t("recoveryEnrolled") : t("recoveryRemaining", { count: left })}</p>
      <p className="mt-2">{t("recoveryExplain")}</p>
      <div className="mt-4">
        <RecoveryCodesForm next={next} texts={{ make: left > 0 ? t("recoveryRemake") : t("recoveryMake"), title: t("recoveryTitle"), lead: t("recoveryLead"), continue: t("recoveryContinue") }} />
      </div>
    </div>
  );
}
