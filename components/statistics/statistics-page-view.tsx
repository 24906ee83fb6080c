import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs, type TCrumb } from "@/components/ui/breadcrumbs";
import { formatDateTime } from "@/lib/i18n/format";
import { DOWNLOAD_IDS, downloadFileName, type DownloadId } from "@/lib/statistics-pages/csv";
import { formatCount, formatDay, formatPercent, periodLabel, shortMonthLabel, type Locale } from "@/lib/statistics-pages/format";
import type { PeriodField } from "@/lib/statistics-pages/period-form";
import { onTimeOf, statisticsTables, type StatisticsTable, type Translate } from "@/lib/statistics-pages/tables";
import { downloadHref, pageHref, type PageScope } from "@/lib/statistics-pages/urls";
import type { StatisticsView, ViewGroup, ViewScope } from "@/lib/statistics-pages/view";
import { RANKING_MIN_RESOLVED } from "@/lib/statistics/rankings";
import { BarList, type BarRow } from "./charts/bar-list";
import { MonthColumns } from "./charts/month-columns";
import { RateLine } from "./charts/rate-line";
import { Downloads, type DownloadLink } from "./downloads";
import { HeadlineFigures } from "./headline-figures";
import { PeriodChooser, type QuickLink } from "./period-chooser";
import { ProcessingTimePanel } from "./processing-time-panel";
import { StatTable } from "./stat-table";

export type PeriodChooserProps = Omit<Parameters<typeof PeriodChooser>[0], "action" | "quickLinks" | "errors" | "isOpen"> & {
  quickLinks: QuickLink[];
  errors: Partial<Record<PeriodField | "other", string>>;
};

function Section({ id, title, lead, children }: { id: string; title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b-2 border-brand-100 pb-1 text-2xl font-bold">
        {title}
      </h2>
      {lead ? <p className="mt-3">{lead}</p> : null}
      {children}
    </section>
  );
}

/** Ten first and ten last when there are more than twenty: a chart a person can read, the rest in the table. */
function headAndTail<T>(items: T[], each = 10): { items: T[]; gapAfter?: number } {
  return items.length <= each * 2 ? { items } : { items: [...items.slice(0, each), ...items.slice(-each)], gapAfter: each - 1 };
}

export function nameIn(scope: Pick<ViewScope, "name" | "nameEn">, locale: Locale): string {
  return locale === "en" && scope.nameEn ? scope.nameEn : scope.name;
}

/** The body of every statistics page (city, agency, field, procedure); the route only loads its data. */
export function StatisticsPageView({
  pageScope,
  scope,
  view,
  chooser,
  agencyChooser,
  delegations,
}: {
  pageScope: PageScope;
  scope: ViewScope;
  view: StatisticsView | null;
  chooser: PeriodChooserProps;
  agencyChooser?: ReactNode;
  /** The evaluations of delegations (city and procedure pages; components/delegation). */
  delegations?: ReactNode;
}) {
  const t = useTranslations("StatisticsPages");
  const tLayout = useTranslations("Layout");
  const locale = useLocale() as Locale;
  const translate = t as unknown as Translate;
  const name = nameIn(scope, locale);
  const crumbs: TCrumb[] = [{ label: tLayout("home"), href: "/" }, ...(pageScope.kind === "city" ? [{ label: t("title") }] : [{ label: t("title"), href: view ? pageHref({ kind: "city" }, view.period) : "/thong-ke" }, { label: name }])];
  const hasErrors = Object.keys(chooser.errors).length > 0;
  const hrefOf = (kind: "agency" | "field" | "procedure", group: ViewGroup) => {
    if (!view) return undefined;
    const key = kind === "agency" ? (group.slug ?? group.key) : group.key;
    return pageHref({ kind, key }, view.period);
  };
  const tables = view ? statisticsTables(view, { t: translate, locale, hrefOf }) : [];
  const table = (id: StatisticsTable["id"]) => tables.find((candidate) => candidate.id === id);
  const csvHref = (id: DownloadId) => (view ? downloadHref(pageScope, view.period, { format: "csv", table: id }) : "");
  return (
    <div className="mx-auto max-w-5xl px-4 py-4 sm:py-6">
      <Breadcrumbs items={crumbs} />
      <header className="mt-2">
        <p className="font-semibold text-muted">{t(`kind.${scope.kind}`)}</p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl" lang={locale === "en" && !scope.nameEn && scope.kind !== "city" ? "vi" : undefined}>
          {t("heading", { name })}
        </h1>
        {view ? (
          <p className="mt-2 text-lg" data-testid="period-shown">
            <span className="font-semibold">{periodLabel(view.period, locale)}</span> ({formatDay(view.period.from)} – {formatDay(view.period.to)})
          </p>
        ) : null}
        {view ? (
          <p className="mt-1 text-sm text-muted">
            {view.period.isOpen ? t("openNote", { through: formatDay(view.period.through), asOf: formatDateTime(new Date(view.asOf)) }) : t("closedNote", { asOf: formatDateTime(new Date(view.asOf)) })}
          </p>
        ) : null}
        {scope.kind === "procedure" ? (
          <p className="mt-2">
            <Link href={`/thu-tuc/${scope.code}`}>{t("procedureLink", { code: scope.code ?? "" })}</Link>
          </p>
        ) : null}
      </header>

      <PeriodChooser action={pageHref(pageScope, null)} {...chooser} isOpen={hasErrors} />
      {agencyChooser}

      {view ? <ViewSections view={view} tables={tables} table={table} csvHref={csvHref} pageScope={pageScope} /> : null}
      {delegations}
    </div>
  );
}

function ViewSections({
  view,
  tables,
  table,
  csvHref,
  pageScope,
}: {
  view: StatisticsView;
  tables: StatisticsTable[];
  table: (id: StatisticsTable["id"]) => StatisticsTable | undefined;
  csvHref: (id: DownloadId) => string;
  pageScope: PageScope;
}) {
  const t = useTranslations("StatisticsPages");
  const locale = useLocale() as Locale;
  const figures = view.totals;
  const count = (value: number) => formatCount(value, locale);
  const percent = (value: number | null) => formatPercent(value, locale) ?? t("headline.none");
  const isEmpty = figures.received.total === 0 && figures.resolved.total === 0 && figures.refused === 0;

  const receivedRows: BarRow[] = [
    { key: "carried", label: t("figure.carriedOver"), value: figures.received.carriedOver, valueText: count(figures.received.carriedOver), fill: { tone: "muted", texture: "solid" } },
    { key: "online", label: t("figure.online"), value: figures.received.online, valueText: count(figures.received.online), fill: { tone: "brand", texture: "solid" } },
    { key: "in-person", label: t("figure.inPerson"), value: figures.received.inPerson, valueText: count(figures.received.inPerson), fill: { tone: "brand", texture: "hatch" } },
    { key: "post", label: t("figure.post"), value: figures.received.post, valueText: count(figures.received.post), fill: { tone: "brand", texture: "dots" } },
  ];
  const resolvedRows: BarRow[] = [
    { key: "early", label: t("figure.early"), value: figures.resolved.early, valueText: count(figures.resolved.early), fill: { tone: "success", texture: "solid" } },
    { key: "on-time", label: t("figure.onTime"), value: figures.resolved.onTime, valueText: count(figures.resolved.onTime), fill: { tone: "success", texture: "hatch" } },
    { key: "late", label: t("figure.late"), value: figures.resolved.late, valueText: count(figures.resolved.late), fill: { tone: "danger", texture: "cross" } },
  ];
  const statusRows: BarRow[] = figures.inProgress && figures.paused
    ? [
        { key: "within", label: t("figure.withinDeadline"), value: figures.inProgress.withinDeadline, valueText: count(figures.inProgress.withinDeadline), fill: { tone: "success", texture: "solid" } },
        { key: "overdue", label: t("figure.overdue"), value: figures.inProgress.overdue, valueText: count(figures.inProgress.overdue), fill: { tone: "danger", texture: "cross" } },
        { key: "supplement", label: t("figure.pausedSupplement"), value: figures.paused.supplement, valueText: count(figures.paused.supplement), fill: { tone: "muted", texture: "hatch" } },
        { key: "payment", label: t("figure.pausedPayment"), value: figures.paused.payment, valueText: count(figures.paused.payment), fill: { tone: "muted", texture: "dots" } },
      ]
    : [];
  const rateRows: BarRow[] = (
    [
      ["onTimeRate", figures.rates.onTime],
      ["onlineRate", figures.rates.online],
      ["supplementRate", figures.rates.supplementRequest],
      ["apologyRate", figures.rates.apology],
      ["satisfactionRate", figures.rates.satisfaction],
    ] as const
  ).map(([key, value]) => ({ key, label: t(`figure.${key}`), value: value ?? 0, valueText: percent(value), fill: { tone: "brand", texture: "solid" } }));
  const ranked = (view.agencies ?? []).filter((group) => group.rank !== null && group.rank !== undefined);
  const rankingChart = headAndTail(ranked);
  const rankingRows: BarRow[] = rankingChart.items.map((group) => ({
    key: group.key,
    label: `${group.rank}. ${nameIn({ name: group.label, nameEn: group.labelEn }, locale)}`,
    value: group.figures.rates.onTime ?? 0,
    valueText: percent(group.figures.rates.onTime),
    fill: { tone: "brand", texture: "solid" },
  }));
  const months = view.trend.months.map((month) => ({ key: month.key }));
  const trendDescription = view.trend.months
    .map((month) => t("chart.trendPoint", { month: shortMonthLabel(month.key), received: count(month.figures.received.new), resolved: count(month.figures.resolved.total), onTime: count(onTimeOf(month.figures)) }))
    .join("; ");

  const downloads: DownloadLink[] = [
    ...DOWNLOAD_IDS.filter((id) => id === "tong-hop" || tables.some((candidate) => candidate.id === id)).map((id) => ({
      id,
      label: t(`downloads.${id}`),
      href: csvHref(id),
      fileName: downloadFileName(view, id, "csv"),
    })),
    { id: "json" as const, label: t("downloads.json"), href: downloadHref(pageScope, view.period, { format: "json" }), fileName: downloadFileName(view, null, "json") },
  ];

  return (
    <>
      {isEmpty ? (
        <Alert tone="info" title={t("empty.periodTitle")} className="mt-6">
          <p>{t(view.period.isOpen ? "empty.periodOpen" : "empty.periodClosed")}</p>
        </Alert>
      ) : null}
      <HeadlineFigures figures={figures} isOpen={view.period.isOpen} />
      {/* What a resident on a procedure's page most wants to know comes first. */}
      {view.processingTime ? <ProcessingTimePanel time={view.processingTime} tables={tables} csvHrefOf={csvHref} /> : null}

      <Section id="tiep-nhan" title={t("section.received")} lead={t("lead.received", { total: count(figures.received.total), new: count(figures.received.new), carried: count(figures.received.carriedOver) })}>
        <BarList id="chart-tiep-nhan" title={t("chart.received")} rows={receivedRows} />
        <StatTable table={table("tiep-nhan")!} />
      </Section>

      <Section id="giai-quyet" title={t("section.resolved")} lead={figures.resolved.total === 0 ? t("lead.resolvedNone") : t("lead.resolved", { total: count(figures.resolved.total), rate: percent(figures.rates.onTime), late: count(figures.resolved.late) })}>
        {figures.resolved.total > 0 ? <BarList id="chart-giai-quyet" title={t("chart.resolved")} rows={resolvedRows} /> : null}
        <StatTable table={table("giai-quyet")!} />
      </Section>

      <Section id="tinh-trang" title={t("section.status")} lead={view.period.isOpen ? t("lead.statusOpen", { inHand: count(figures.carriedForward) }) : t("lead.statusClosed", { inHand: count(figures.carriedForward), end: formatDay(view.period.to) })}>
        {statusRows.length > 0 && figures.carriedForward > 0 ? <BarList id="chart-tinh-trang" title={t("chart.status")} rows={statusRows} /> : null}
        <StatTable table={table("tinh-trang")!} />
      </Section>

      <Section id="ty-le" title={t("section.rates")} lead={t("lead.rates")}>
        {Object.values(figures.rates).some((rate) => rate !== null) ? <BarList id="chart-ty-le" title={t("chart.rates")} rows={rateRows} max={1} /> : null}
        <StatTable table={table("ty-le")!} />
      </Section>

      <Section id="xu-huong" title={t("section.trend")} lead={t("lead.trend")}>
        <MonthColumns
          id="chart-xu-huong"
          title={t("chart.trend")}
          description={trendDescription}
          months={months}
          series={[
            { key: "received", label: t("column.new"), fill: { tone: "brand", texture: "solid" }, values: view.trend.months.map((month) => month.figures.received.new) },
            { key: "resolved", label: t("column.resolved"), fill: { tone: "success", texture: "hatch" }, values: view.trend.months.map((month) => month.figures.resolved.total) },
          ]}
          formatValue={count}
        />
        <RateLine
          id="chart-dung-han-theo-thang"
          title={t("chart.onTimeTrend")}
          description={view.trend.months.map((month) => `${shortMonthLabel(month.key)}: ${percent(month.figures.rates.onTime)}`).join("; ")}
          months={months}
          values={view.trend.months.map((month) => month.figures.rates.onTime)}
          lastLabel={formatPercent(view.trend.months.at(-1)?.figures.rates.onTime ?? null, locale)}
        />
        <StatTable table={table("theo-thang")!} csvHref={csvHref("theo-thang")} />
      </Section>

      {view.agencies ? (
        <Section id="xep-hang" title={t("section.ranking")} lead={t("lead.ranking", { minimum: RANKING_MIN_RESOLVED })}>
          {rankingRows.length > 0 ? (
            <BarList id="chart-xep-hang" title={t(rankingChart.gapAfter === undefined ? "chart.ranking" : "chart.rankingHeadTail")} rows={rankingRows} max={1} gapAfter={rankingChart.gapAfter} />
          ) : null}
          <StatTable table={table("xep-hang")!} csvHref={csvHref("xep-hang")} />
          <p className="mt-4">
            <Link href="/thong-ke/chi-so" className="inline-flex min-h-11 items-center font-semibold">
              {t("indexLink")}
            </Link>
          </p>
        </Section>
      ) : null}

      {view.fields ? (
        <Section id="linh-vuc" title={t("section.byField")} lead={t("lead.byField")}>
          <StatTable table={table("linh-vuc")!} csvHref={csvHref("linh-vuc")} />
        </Section>
      ) : null}

      {view.procedures ? (
        <Section id="thu-tuc" title={t("section.byProcedure")} lead={t("lead.byProcedure")}>
          <StatTable table={table("thu-tuc")!} csvHref={csvHref("thu-tuc")} />
        </Section>
      ) : null}


      <Downloads links={downloads} />

      <Section id="cach-tinh" title={t("section.method")}>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>{t("method.received")}</li>
          <li>{t("method.resolved")}</li>
          <li>{t("method.status")}</li>
          <li>{t("method.rates")}</li>
          <li>{t("method.privacy")}</li>
        </ul>
      </Section>
    </>
  );
}
