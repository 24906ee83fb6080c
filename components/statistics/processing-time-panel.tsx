import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { formatCount, formatDay, formatPercent, type Locale } from "@/lib/statistics-pages/format";
import { legalLimitText, type StatisticsTable } from "@/lib/statistics-pages/tables";
import { MIN_SAMPLE } from "@/lib/statistics/percentiles";
import type { TProcessingTime } from "@/lib/statistics/schemas";
import { BarList, type BarRow } from "./charts/bar-list";
import { StatTable } from "./stat-table";

/**
 * "How long it really takes" on a procedure's statistics page (docs/domain/statistics.md): the
 * median and 90th percentile of working days over the last 90 days against the legal limit, the
 * share on time, and how many dossiers the figures rest on; a small sample says so plainly.
 */
export function ProcessingTimePanel({ time, tables, csvHrefOf }: { time: TProcessingTime; tables: StatisticsTable[]; csvHrefOf: (id: "thoi-gian" | "phan-bo") => string }) {
  const t = useTranslations("StatisticsPages");
  const locale = useLocale() as Locale;
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const limit = time.legalLimit?.workingDays ?? null;
  const days = (value: number | null) => (value === null ? t("headline.none") : t("daysValue", { days: value }));
  const comparison: BarRow[] = [
    ...(time.medianWorkingDays !== null ? [{ key: "median", label: t("processing.median"), value: time.medianWorkingDays, valueText: days(time.medianWorkingDays), fill: { tone: "brand", texture: "solid" } } satisfies BarRow] : []),
    ...(time.p90WorkingDays !== null ? [{ key: "p90", label: t("processing.p90"), value: time.p90WorkingDays, valueText: days(time.p90WorkingDays), fill: { tone: "brand", texture: "hatch" } } satisfies BarRow] : []),
    ...(limit !== null ? [{ key: "limit", label: t("processing.legalLimit"), value: limit, valueText: legalLimitText(time.legalLimit, translate), fill: { tone: "muted", texture: "dots" } } satisfies BarRow] : []),
  ];
  const histogram: BarRow[] = time.histogram.map((bar) => {
    const isOver = limit !== null && bar.workingDays > limit;
    return {
      key: String(bar.workingDays),
      label: isOver ? t("processing.daysOverLimit", { days: bar.workingDays }) : t("processing.days", { days: bar.workingDays }),
      value: bar.count,
      valueText: t("processing.dossierCount", { count: formatCount(bar.count, locale) }),
      fill: isOver ? { tone: "danger", texture: "cross" } : { tone: "success", texture: "solid" },
    };
  });
  const window = { from: formatDay(time.window.from), to: formatDay(time.window.to), days: time.window.days };
  return (
    <section aria-labelledby="processing-heading" className="mt-10" data-testid="processing-time">
      <h2 id="processing-heading" className="border-b-2 border-brand-100 pb-1 text-2xl font-bold">
        {t("processing.heading")}
      </h2>
      <p className="mt-3">{t("processing.lead", window)}</p>
      {time.sample === 0 ? (
        <Alert tone="info" title={t("processing.noneTitle")} className="mt-4">
          <p>{t("processing.none", { days: time.window.days })}</p>
        </Alert>
      ) : (
        <>
          <p className="mt-3 text-lg" data-testid="processing-summary">
            {t("processing.summary", {
              median: days(time.medianWorkingDays),
              p90: days(time.p90WorkingDays),
              limit: legalLimitText(time.legalLimit, translate),
              onTime: formatPercent(time.onTimeRate, locale) ?? t("headline.none"),
            })}
          </p>
          <p className="mt-2 font-semibold" data-testid="processing-sample">
            {t("processing.basis", { count: formatCount(time.sample, locale), days: time.window.days })}
          </p>
          {time.sample < MIN_SAMPLE ? (
            <Alert tone="warning" title={t("processing.smallTitle")} className="mt-3">
              <p>{t("processing.small", { count: time.sample, minimum: MIN_SAMPLE })}</p>
            </Alert>
          ) : null}
          <BarList id="so-sanh-thoi-han" title={t("chart.processingComparison")} rows={comparison} />
        </>
      )}
      {tables.filter((table) => table.id === "thoi-gian").map((table) => <StatTable key={table.id} table={table} csvHref={csvHrefOf("thoi-gian")} />)}
      {histogram.length > 0 ? (
        <BarList id="phan-bo-ngay" title={t("chart.histogram", { days: time.window.days })} rows={histogram} />
      ) : null}
      {tables.filter((table) => table.id === "phan-bo").map((table) => <StatTable key={table.id} table={table} csvHref={csvHrefOf("phan-bo")} />)}
    </section>
  );
}
