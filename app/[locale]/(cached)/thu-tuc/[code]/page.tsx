import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache, type ReactNode } from "react";
import { OnlineLevelBadge } from "@/components/procedures/online-level-badge";
import { ProcedureSummary } from "@/components/procedures/procedure-summary";
import { DelegationNotice } from "@/components/delegation/delegation-notice";
import { ProcessingPlan } from "@/components/procedures/processing-plan";
import { RequiredDocuments } from "@/components/procedures/required-documents";
import { UsualProcessingTimeNote } from "@/components/statistics/usual-processing-time";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { delegationsOfProcedure } from "@/lib/delegation/queries";
import { formatDate } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { findProcedureByCode } from "@/lib/procedures/queries";
import { ZProcedureCode } from "@/lib/procedures/schemas";
import { usualProcessingTime } from "@/lib/statistics/processing-time-for";

/**
 * Kept in Next's cache (docs/architecture.md, "Caching"): rendered on a procedure's first visit in
 * each language, then served from the cache. The catalogue changes only through an administrator's
 * action, which drops the cached pages; how long dossiers really take moves with every decision, so
 * the page is rendered afresh at most once an hour.
 */
export const revalidate = 3600;

export function generateStaticParams(): { code: string }[] {
  return [];
}

type TParams = { params: Promise<{ locale: string; code: string }> };

const NATIONAL_PORTAL_URL = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html";

/** One database read per request, shared by the metadata and the page. */
const loadProcedure = cache(async (code: string) =>
  ZProcedureCode.safeParse(code).success ? findProcedureByCode(code) : null,
);

function sourceUrlOf(procedure: { code: string; sourceUrl: string | null }): string {
  if (procedure.sourceUrl && /^https:\/\//.test(procedure.sourceUrl)) return procedure.sourceUrl;
  return `${NATIONAL_PORTAL_URL}?ma_thu_tuc=${encodeURIComponent(procedure.code)}`;
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  await pageLocale(params);
  const procedure = await loadProcedure((await params).code);
  if (!procedure) return {};
  const locale = await getLocale();
  const name = locale === "en" && procedure.nameEn ? procedure.nameEn : procedure.name;
  return { title: `${name} (${procedure.code})` };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b-2 border-brand-100 pb-1 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ProcedurePage({ params }: TParams) {
  await pageLocale(params);
  const procedure = await loadProcedure((await params).code);
  if (!procedure) notFound();
  // "Now" is the render's: the page is rendered afresh at least hourly, and an administrator's
  // change to a delegation drops it at once (quan-tri/actions.ts).
  const now = new Date();
  const [usual, delegations] = await Promise.all([usualProcessingTime({ procedureCode: procedure.code }, now), delegationsOfProcedure(procedure.code, now)]);
  const t = await getTranslations("Procedure");
  const tLayout = await getTranslations("Layout");
  const tCatalogue = await getTranslations("Catalogue");
  const locale = await getLocale();
  const localized = (name: string, nameEn: string | null) => (locale === "en" && nameEn ? nameEn : name);
  const title = localized(procedure.name, procedure.nameEn);
  // Catalogue text exists in Vietnamese only: tell screen readers when the page is in English.
  const sourceLang = locale === "en" ? "vi" : undefined;

  return (
    <article className="mx-auto max-w-5xl px-4 py-4 sm:py-6">
      <Breadcrumbs
        items={[
          { label: tLayout("home"), href: "/" },
          { label: tCatalogue("title"), href: "/thu-tuc" },
          { label: title },
        ]}
      />
      <header className="mt-2 mb-6">
        <p className="text-muted">
          {t("code")} <span className="font-mono font-semibold text-ink">{procedure.code}</span>
        </p>
        <h1 lang={title === procedure.name ? sourceLang : undefined} className="mt-1 text-2xl font-bold sm:text-3xl">
          {title}
        </h1>
        {title !== procedure.name ? (
          <p className="mt-1 text-muted">
            {t("vietnameseNameLabel")} <span lang="vi">{procedure.name}</span>
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <OnlineLevelBadge level={procedure.onlineLevel} />
          <Badge>{localized(procedure.field.name, procedure.field.nameEn)}</Badge>
        </div>
      </header>

      <ProcedureSummary procedure={procedure} />
      <DelegationNotice delegations={delegations} />
      <UsualProcessingTimeNote usual={usual} className="mt-3 rounded-lg border border-line bg-white px-4 py-3" />

      <Section id="documents" title={t("documentsTitle")}>
        <RequiredDocuments documents={procedure.requiredDocuments} headingId="documents" />
      </Section>

      <Section id="agency" title={t("agencyTitle")}>
        <p lang={sourceLang} className="mt-3">
          {procedure.implementingAgencyText}
        </p>
        {procedure.localAgencyNote ? (
          <p className="mt-2">
            <span className="font-semibold">{t("localNote")}:</span> <span lang={sourceLang}>{procedure.localAgencyNote}</span>
          </p>
        ) : null}
        {procedure.agencies.length > 0 ? (
          <>
            <h3 className="mt-4 text-lg font-semibold">{t("linkedAgencies")}</h3>
            <ul className="mt-2 grid list-disc gap-1 pl-6 sm:grid-cols-2">
              {procedure.agencies.map((agency) => (
                <li key={agency.slug}>
                  <p lang={agency.nameEn && locale === "en" ? undefined : sourceLang}>{localized(agency.name, agency.nameEn)}</p>
                  {agency.address ? <p lang={sourceLang} className="text-sm">{agency.address}</p> : null}
                  {agency.phone ? (
                    <p className="text-sm">
                      <a href={`tel:${agency.phone.replace(/[^\d+]/g, "")}`}>{agency.phone}</a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      {procedure.results.length > 0 ? (
        <Section id="results" title={t("resultsTitle")}>
          <ul lang={sourceLang} className="mt-3 list-disc pl-6">
            {procedure.results.map((result) => (
              <li key={result}>{result}</li>
            ))}
          </ul>
        </Section>
      ) : null}

      {procedure.steps.length > 0 ? (
        <Section id="plan" title={t("planTitle")}>
          <p className="mt-3 text-muted">{t("planLead")}</p>
          <ProcessingPlan steps={procedure.steps} />
        </Section>
      ) : null}

      {procedure.subjects ? (
        <Section id="subjects" title={t("subjectsTitle")}>
          <p lang={sourceLang} className="mt-3 whitespace-pre-line">
            {procedure.subjects}
          </p>
        </Section>
      ) : null}

      {procedure.legalBasis.length > 0 ? (
        <Section id="legal" title={t("legalTitle")}>
          <ul lang={sourceLang} className="mt-3 list-disc pl-6">
            {procedure.legalBasis.map((basis) => (
              <li key={basis}>{basis}</li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="source" title={t("sourceTitle")}>
        <p className="mt-3">
          <a href={sourceUrlOf(procedure)} rel="noopener noreferrer external">
            {t("sourceLink", { code: procedure.code })}
          </a>{" "}
          <span className="text-sm text-muted">{t("externalLink")}</span>
        </p>
        {procedure.publishingDecision ? (
          <p className="mt-2">
            {t("publishingDecisionLabel")} <span lang={sourceLang}>{procedure.publishingDecision}</span>
          </p>
        ) : null}
        {procedure.sourceNote ? (
          <p lang={sourceLang} className="mt-2 text-sm text-muted">
            {procedure.sourceNote}
          </p>
        ) : null}
        <p className="mt-2 text-sm text-muted">{t("updatedAt", { date: formatDate(procedure.updatedAt) })}</p>
      </Section>
    </article>
  );
}
