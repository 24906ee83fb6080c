import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficerCodeForm } from "@/components/back-office/sign-in-forms";
import { readTicket } from "@/lib/auth/officer-sign-in";
import { readTicketCookie } from "../actions";
import { codeFormTexts, nextOf } from "../shared";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OfficerSignIn");
  return { title: t("codeTitle"), robots: { index: false } };
}

export default async function OfficerCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("OfficerSignIn");
  const next = await nextOf(searchParams);
  if (!readTicket(await readTicketCookie(), ["verify"], new Date())) redirect(`/can-bo/dang-nhap?next=${encodeURIComponent(next)}`);
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("codeTitle")}</h1>
      <p className="mt-3">{t("codeLead")}</p>
      <div className="mt-6"><OfficerCodeForm next={next} texts={await codeFormTexts("codeSubmit")} /></div>
    </div>
  );
}
