import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import { StartForm } from "@/components/filing/start-form";
import { requireResident } from "@/lib/auth/session";
import { procedureForFiling } from "@/lib/filing/drafts";
import { ZProcedureCode } from "@/lib/procedures/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Filing");
  return { title: t("startTitle") };
}

export default async function StartFilingPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!ZProcedureCode.safeParse(code).success) notFound();
  await requireResident(`/thu-tuc/${code}/nop`);
  const procedure = await procedureForFiling(code);
  if (!procedure) notFound();
  const t = await getTranslations("Filing");
  const english = (await getLocale()) === "en";
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm text-muted">
        <Link href={`/thu-tuc/${code}`}>{english && procedure.nameEn ? procedure.nameEn : procedure.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("startTitle")}</h1>
      <p className="mt-3">{t("startLead")}</p>
      <ol className="mt-4 list-decimal space-y-1 pl-6">
        <li>{t("stepApplicant")}</li>
        <li>{t("stepForm")}</li>
        <li>{t("stepDocuments")}</li>
        <li>{t("stepReview")}</li>
      </ol>
      <p className="mt-4">{t("startSaved")}</p>
      <div className="mt-6">
        <StartForm
          procedureCode={code}
          idempotencyKey={randomUUID()}
          agencies={procedure.agencies.map((agency) => ({ id: agency.id, name: english && agency.nameEn ? agency.nameEn : agency.name }))}
          texts={{ agencyLegend: t("agencyLegend"), agencyHint: t("agencyHint"), agencyError: t("agencyError"), start: t("start") }}
        />
      </div>
    </div>
  );
}
