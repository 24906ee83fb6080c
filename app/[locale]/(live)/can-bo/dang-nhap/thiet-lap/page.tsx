import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficerCodeForm } from "@/components/back-office/sign-in-forms";
import { demoCodeFor, officerEnrolment } from "@/lib/auth/officer-sign-in";
import { readTicketCookie } from "../actions";
import { codeFormTexts, nextOf } from "../sign-in-texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OfficerSignIn");
  return { title: t("enrolTitle"), robots: { index: false } };
}

export default async function OfficerEnrolPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("OfficerSignIn");
  const next = await nextOf(searchParams);
  const ticket = await readTicketCookie();
  const enrolment = await officerEnrolment(ticket, new Date());
  if (!enrolment) redirect(`/can-bo/dang-nhap?next=${encodeURIComponent(next)}`);
  const demoCode = await demoCodeFor(ticket, new Date());
  const qr = `data:image/svg+xml;base64,${Buffer.from(enrolment.qrSvg).toString("base64")}`;
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("enrolTitle")}</h1>
      <p className="mt-3">{t("enrolLead")}</p>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        <li>
          {t("enrolStep1")}
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
          <img src={qr} alt={t("enrolQrAlt", { email: enrolment.email })} width={200} height={200} className="mt-2 border bg-white p-1" />
        </li>
        <li>
          {t("enrolStep2")} <code className="font-mono text-lg break-all" data-testid="totp-secret">{enrolment.secret}</code>
        </li>
        <li>{t("enrolStep3")}</li>
      </ol>
      {demoCode ? <p className="mt-4 rounded-md bg-warning-50 p-3">{t("demoCode", { code: demoCode })}</p> : null}
      <div className="mt-6"><OfficerCodeForm next={next} texts={await codeFormTexts("enrolSubmit")} /></div>
    </div>
  );
}
