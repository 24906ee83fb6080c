import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficerCodeForm } from "@/components/back-office/sign-in-forms";
import { demoCodeFor, readTicket } from "@/lib/auth/officer-sign-in";
import { readTicketCookie } from "../actions";
import { codeFormTexts, nextOf } from "../sign-in-texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OfficerSignIn");
  return { title: t("codeTitle"), robots: { index: false } };
}

export default async function OfficerCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("OfficerSignIn");
  const next = await nextOf(searchParams);
  const ticket = await readTicketCookie();
  if (!readTicket(ticket, ["verify"], new Date())) redirect(`/can-bo/dang-nhap?next=${encodeURIComponent(next)}`);
  const demoCode = await demoCodeFor(ticket, new Date());
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("codeTitle")}</h1>
      <p className="mt-3">{t("codeLead")}</p>
      {demoCode ? <p className="mt-4 rounded-md bg-warning-50 p-3">{t("demoCode", { code: demoCode })}</p> : null}
      <div className="mt-6"><OfficerCodeForm next={next} texts={await codeFormTexts("codeSubmit")} /></div>
    </div>
  );
}
