import { useLocale, useTranslations } from "next-intl";
import { formatCount, formatPercent, type Locale } from "@/lib/statistics-pages/format";
import type { TFigures } from "@/lib/statistics/schemas";

function Card({ label, value, note, testId }: { label: string; value: string; note: string; testId: string }) {
  return (
    <div className="rounded-lg border border-line bg-white p-4" data-testid={testId}>
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums">{value}</dd>
      <dd className="mt-1 text-sm">{note}</dd>
    </div>
  );
}

/** The five figures a visitor with little time looks for, in words and large numbers. */
export function HeadlineFigures({ figures, isOpen }: { figures: TFigures; isOpen: boolean }) {
  const t = useTranslations("StatisticsPages.headline");
  const locale = useLocale() as Locale;
  const count = (value: number) => formatCount(value, locale);
  const percent = (value: number | null) => formatPercent(value, locale) ?? t("none");
  return (
    <dl className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <Card testId="headline-received" label={t("received")} value={count(figures.received.total)} note={t("receivedNote", { new: count(figures.received.new), carried: count(figures.received.carriedOver) })} />
      <Card testId="headline-resolved" label={t("resolved")} value={count(figures.resolved.total)} note={t("resolvedNote", { late: count(figures.resolved.late) })} />
      <Card testId="headline-on-time" label={t("onTime")} value={percent(figures.rates.onTime)} note={figures.rates.onTime === null ? t("onTimeNone") : t("onTimeNote", { count: count(figures.resolved.early + figures.resolved.onTime) })} />
      <Card
        testId="headline-in-hand"
        label={t(isOpen ? "inHandNow" : "inHandAtEnd")}
        value={count(figures.carriedForward)}
        note={figures.inProgress ? t("overdueNote", { overdue: count(figures.inProgress.overdue) }) : t("inHandAtEndNote")}
      />
      <Card testId="headline-online" label={t("online")} value={percent(figures.rates.online)} note={t("onlineNote", { online: count(figures.received.online) })} />
    </dl>
  );
}
