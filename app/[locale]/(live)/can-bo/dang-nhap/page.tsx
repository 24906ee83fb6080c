import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficerPasswordForm } from "@/components/back-office/sign-in-forms";
import { LOCK_MINUTES } from "@/lib/auth/officer-sign-in";
import { getSessionUser } from "@/lib/auth/session";
import { nextOf } from "./sign-in-texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OfficerSignIn");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OfficerSignInPage({ searchParams }: Props) {
  const t = await getTranslations("OfficerSignIn");
  const next = await nextOf(searchParams);
  const user = await getSessionUser();
  if (user && user.role !== "RESIDENT") redirect(next);
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("lead")}</p>
      <div className="mt-6">
        <OfficerPasswordForm
          next={next}
          texts={{
            email: t("email"), password: t("password"), submit: t("submit"), errorEmail: t("errorEmail"), errorPassword: t("errorPassword"),
            errorInvalid: t("errorInvalid"), errorLocked: t("errorLocked", { minutes: LOCK_MINUTES }), errorRateLimited: t("errorRateLimited"),
          }}
        />
      </div>
      <p className="mt-6"><Link href="/dang-nhap">{t("residentsHere")}</Link></p>
    </div>
  );
}
