// The catalogue's body for a query, shared by the page rendered per request and its cached twin
// (app/[locale]/(cached)/thu-tuc/danh-muc/[view]).
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogueSearchForm } from "@/components/procedures/catalogue-search-form";
import { ProcedureResult } from "@/components/procedures/procedure-result";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { catalogueHref } from "@/lib/procedures/catalogue-url";
import { listCatalogueFilterOptions } from "@/lib/procedures/queries";
import {
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  ZCatalogueQuery,
  dropUnknownFilters,
  type TCatalogueSearchParams,
} from "@/lib/procedures/schemas";
import { searchProcedures } from "@/lib/procedures/search";

/** The title of a catalogue view (also the cached twin's: app/[locale]/(cached)/thu-tuc/danh-muc). */
export async function catalogueMetadata(searchParams: TCatalogueSearchParams): Promise<Metadata> {
  const t = await getTranslations("Catalogue");
  const query = ZCatalogueQuery.parse(searchParams);
  const base = query.q ? t("metaTitleSearch", { q: query.q.slice(0, 60) }) : t("metaTitle");
  return { title: query.page > 1 ? `${base} (${t("metaTitlePage", { page: query.page })})` : base };
}

/** The catalogue for a query: the search form, its notices, a page of results. */
export async function CatalogueView({ searchParams }: { searchParams: TCatalogueSearchParams }) {
  const t = await getTranslations("Catalogue");
  const tFilter = await getTranslations("Enums.filter");
  const options = await listCatalogueFilterOptions();
  const query = dropUnknownFilters(ZCatalogueQuery.parse(searchParams), {
    fieldCodes: new Set(options.fields.map((field) => field.code)),
    agencySlugs: new Set(options.agencies.map((agency) => agency.slug)),
  });
  const result = await searchProcedures({ ...query, pageSize: PAGE_SIZE });

  const notices: string[] = [];
  if (query.isQueryTruncated) notices.push(t("queryTruncated", { max: MAX_QUERY_LENGTH }));
  if (query.ignoredFilters.length > 0) {
    const names = [...new Set(query.ignoredFilters)].map((filter) => tFilter(filter));
    notices.push(t("ignoredFilters", { filters: names.join(", ") }));
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 hidden text-muted sm:block">{t("lead")}</p>

      <div className="mt-4 sm:mt-6">
        <CatalogueSearchForm query={query} options={options} />
      </div>

      {notices.length > 0 ? (
        <Alert tone="warning" title={t("noticeTitle")} className="mt-6">
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </Alert>
      ) : null}

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-xl font-bold">
          {query.q
            ? t("resultCountForQuery", { total: result.total, q: query.q })
            : t("resultCount", { total: result.total })}
        </h2>
        {result.pageCount > 1 ? (
          <p className="text-muted">{t("pageOf", { page: result.page, pageCount: result.pageCount })}</p>
        ) : null}

        {result.isPastEnd && result.total > 0 ? (
          <Alert tone="warning" className="mt-4">
            <p>{t("pastEnd", { page: result.page })}</p>
            <p>
              <Link href={catalogueHref(query)}>{t("backToFirstPage")}</Link>
            </p>
          </Alert>
        ) : null}

        {result.total === 0 ? (
          <Alert tone="info" title={t("noResultsTitle")} className="mt-4">
            <p>{t("noResultsHelp")}</p>
            <p>
              <Link href="/thu-tuc">{t("showAll")}</Link>
            </p>
          </Alert>
        ) : (
          <ul className="mt-4 grid gap-3">
            {result.items.map((procedure) => (
              <ProcedureResult key={procedure.code} procedure={procedure} />
            ))}
          </ul>
        )}

        <Pagination page={result.page} pageCount={result.pageCount} hrefForPage={(page) => catalogueHref(query, page)} />
      </section>
    </div>
  );
}
