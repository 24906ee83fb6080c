// How the statistics pages and their CSV files write numbers, shares and periods. Pure. Counts
// are grouped on the page (12.345 in Vietnamese, 12,345 in English) and plain in a CSV (12345, so a
// spreadsheet reads a number whatever its language); shares are percentages with one decimal
// (95,5 % is written "95,5%" in Vietnamese, "95.5%" in English), never rounded up to 100 % nor
// down to 0 % when they are not; dates are dd/MM/yyyy (lib/i18n/format.ts).
import type { StatisticsPeriod } from "@/lib/statistics/period";

export type Locale = "vi" | "en";

const countFormats = { vi: new Intl.NumberFormat("vi-VN"), en: new Intl.NumberFormat("en-GB") };
const oneDecimal = {
  vi: new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
};

/** 12.345 (vi) / 12,345 (en). */
export function formatCount(value: number, locale: Locale): string {
  return countFormats[locale].format(value);
}

/**
 * A share in [0, 1] as a percentage to one decimal, without the sign: 0.9551 → "95,5" (vi),
 * "95.5" (en). A share that is not exactly 1 never shows as 100.0, nor a non-zero one as 0.0:
 * "100 % on time" must mean that no dossier was late.
 */
export function percentNumber(share: number, locale: Locale): string {
  let tenths = Math.round(share * 1000);
  if (tenths === 1000 && share < 1) tenths = 999;
  if (tenths === 0 && share > 0) tenths = 1;
  return oneDecimal[locale].format(tenths / 10);
}

/** "95,5%" / "95.5%"; null (nothing to divide by) → null, for the caller to say "no figure". */
export function formatPercent(share: number | null, locale: Locale): string | null {
  return share === null ? null : `${percentNumber(share, locale)}%`;
}

/** Reads back a percentage as written by percentNumber / formatPercent (tests, CSV readers). */
export function parsePercent(text: string): number | null {
  const cleaned = text.replace("%", "").trim().replace(",", ".");
  return cleaned === "" || Number.isNaN(Number(cleaned)) ? null : Number(cleaned);
}

/** "2026-03-05" → "05/03/2026". */
export function formatDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** "2026-03" → "03/2026". */
export function formatMonthKey(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

type PeriodWords = { month: string; quarter: string; year: string };
const PERIOD_WORDS: Record<Locale, PeriodWords> = {
  vi: { month: "Tháng", quarter: "Quý", year: "Năm" },
  en: { month: "Month", quarter: "Quarter", year: "Year" },
};

/** "Tháng 03/2026", "Quý 1/2026", "Năm 2026", "15/01/2026 – 14/02/2026". */
export function periodLabel(period: Pick<StatisticsPeriod, "kind" | "value" | "from" | "to">, locale: Locale): string {
  const words = PERIOD_WORDS[locale];
  switch (period.kind) {
    case "month":
      return `${words.month} ${formatMonthKey(period.value)}`;
    case "quarter":
      return `${words.quarter} ${period.value.slice(6)}/${period.value.slice(0, 4)}`;
    case "year":
      return `${words.year} ${period.value}`;
    case "range":
      return `${formatDay(period.from)} – ${formatDay(period.to)}`;
  }
}

/** Short month label of a chart's axis: "03/26". */
export function shortMonthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(2, 4)}`;
}

/** The full label of a month, for tables and text alternatives: "Tháng 03/2026" / "Month 03/2026". */
export function monthLabel(month: string, locale: Locale): string {
  return `${PERIOD_WORDS[locale].month} ${formatMonthKey(month)}`;
}
