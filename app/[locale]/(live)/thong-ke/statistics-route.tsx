// The four statistics pages (city, agency, field, procedure) differ only by their scope: each
// route hands its scope here. One cached read per scope and period (lib/statistics-pages).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { DelegationEvaluationsList } from "@/components/delegation/evaluations-list";
import { AgencyChooser } from "@/components/statistics/agency-chooser";
import { nameIn, StatisticsPageView } from "@/components/statistics/statistics-page-view";
import { localDateOf } from "@/lib/calendar/local-time";
import { pageLocale } from "@/lib/i18n/page-locale";
import { periodQueryOf } from "@/lib/statistics-pages/cached-path";
import { parseStatisticsQuery } from "@/lib/statistics/query";
import { chooserModel } from "@/lib/statistics-pages/chooser";
import { periodLabel, type Locale } from "@/lib/statistics-pages/format";
import { agencyDirectory } from "@/lib/statistics-pages/load-view";
import { loadStatisticsPage, type SearchParams } from "@/lib/statistics-pages/page-data";
import { periodParams, type PageScope } from "@/lib/statistics-pages/urls";

export type StatisticsRouteProps = { searchParams: Promise<SearchParams> };

/** One read per request, shared by the metadata and the page. */
const loadPage = cache(async (scopeKey: string, searchKey: string) => {
  const scope = JSON.parse(scopeKey) as PageScope;
  return loadStatisticsPage(scope, JSON.parse(searchKey) as SearchParams, new Date());
});

const load = (scope: PageScope, searchParams: SearchParams) => loadPage(JSON.stringify(scope), JSON.stringify(searchParams));

export async function statisticsMetadata(scope: PageScope, searchParams: SearchParams): Promise<Metadata> {
  const data = await load(scope, searchParams);
  if (data.status === "notFound") return {};
  const t = await getTranslations("StatisticsPages");
  const locale = (await getLocale()) as Locale;
  const name = nameIn(data.status === "ok" ? data.view.scope : data.scope, locale);
  const period = data.status === "ok" ? `, ${periodLabel(data.view.period, locale)}` : "";
  return { title: `${t("metaTitle", { name })}${period}` };
}

export async function StatisticsRoute({ scope, searchParams }: { scope: PageScope; searchParams: SearchParams }) {
  const now = new Date();
  const data = await load(scope, searchParams);
  if (data.status === "notFound") notFound();
  const t = await getTranslations("StatisticsPages.period");
  const locale = (await getLocale()) as Locale;
  const view = data.status === "ok" ? data.view : null;
  const chooser = chooserModel({
    scope,
    period: view?.period ?? null,
    errors: data.status === "invalid" ? data.errors : {},
    raw: searchParams,
    today: localDateOf(now),
    locale,
    label: (key) => t(`quick.${key}`),
  });
  const agencies = scope.kind === "city" ? await agencyDirectory() : null;
  return (
    <StatisticsPageView
      pageScope={scope}
      scope={view?.scope ?? (data.status === "invalid" ? data.scope : { kind: "city", code: null, slug: null, name: "", nameEn: null })}
      view={view}
      chooser={chooser}
      agencyChooser={agencies && view ? <AgencyChooser agencies={agencies} periodParams={periodParams(view.period)} /> : null}
      delegations={scope.kind === "city" ? <DelegationEvaluationsList /> : scope.kind === "procedure" ? <DelegationEvaluationsList procedureCode={scope.key} /> : null}
    />
  );
}

/** A cached page of a closed period (app/[locale]/(cached)/thong-ke/ky/…): its period is in its path. */
export type ClosedPeriodProps = { params: Promise<{ locale: string; period: string; slug?: string; code?: string }> };

/** The scope and period of a cached page; "not found" for a period that is not closed. */
export async function closedPeriodRoute(props: ClosedPeriodProps, scopeOf: (params: { slug?: string; code?: string }) => PageScope): Promise<{ scope: PageScope; searchParams: SearchParams }> {
  const params = await props.params;
  await pageLocale(props.params);
  const query = periodQueryOf(decodeURIComponent(params.period));
  const parsed = query ? parseStatisticsQuery(query, new Date()) : null;
  if (!query || !parsed?.ok || parsed.query.period.isOpen) notFound();
  return { scope: scopeOf({ slug: params.slug && decodeURIComponent(params.slug), code: params.code && decodeURIComponent(params.code) }), searchParams: query };
}

/** The metadata and the page of a cached closed period's statistics, for one kind of scope. */
export function closedPeriodPageOf(scopeOf: (params: { slug?: string; code?: string }) => PageScope) {
  return {
    generateMetadata: async (props: ClosedPeriodProps): Promise<Metadata> => {
      const { scope, searchParams } = await closedPeriodRoute(props, scopeOf);
      return statisticsMetadata(scope, searchParams);
    },
    Page: async function ClosedPeriodStatisticsPage(props: ClosedPeriodProps) {
      const { scope, searchParams } = await closedPeriodRoute(props, scopeOf);
      return <StatisticsRoute scope={scope} searchParams={searchParams} />;
    },
  };
}
