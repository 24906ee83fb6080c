import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("activatedTitle"), robots: { index: false } };
}

/** After the password is set: sign in (the second factor's QR enrolment follows). */
export default async function ActivatedPage() {
  const t = await getTranslations("Admin");
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("activatedTitle")}</h1>
      <p className="mt-3">{t("activatedLead")}</p>
      <p className="mt-6"><ButtonLink href="/can-bo/dang-nhap">{t("activatedSignIn")}</ButtonLink></p>
    </div>
  );
}
