// The accountability report as tables of text, the same for the page and for its CSV downloads, so
// that a downloaded file says exactly what the page shows. Pure: the words come from the caller's
// translator, numbers are formatted for the locale (12,5 in Vietnamese, 12.5 in English).
import { CSV_BOM, csvLine } from "@/lib/http/csv";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { AccountabilityReport, LegFigures } from "./reports";
import { displayDate } from "./report-period";

export type ReportTableId = "don-vi" | "can-bo" | "ton-dong";
export const REPORT_TABLE_IDS: ReportTableId[] = ["don-vi", "can-bo", "ton-dong"];

export type ReportTable = {
  id: ReportTableId;
  caption: string;
  /** Long text (names of procedures, steps, units) may wrap; short cells (codes, dates, figures) do not. */
  columns: { label: string; isNumeric: boolean; isLongText?: boolean }[];
  /** The first cell of each row names it (a row header). */
  rows: string[][];
  empty: string;
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const oneDecimal = (locale: string) =>
  new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

export function reportTables(report: AccountabilityReport, t: Translate, locale: string, options: { wholeAgencyRow: boolean }): ReportTable[] {
  const decimal = oneDecimal(locale);
  const hours = (minutes: number | null) => (minutes === null ? t("none") : decimal.format(minutes / 60));
  const figureColumns = ["handled", "median", "p90", "late", "sentBack", "returned", "apologies"].map((key) => ({ label: t(key), isNumeric: true }));
  const figures = (row: LegFigures) => [String(row.handled), hours(row.medianMinutes), hours(row.p90Minutes), String(row.late), String(row.sentBack), String(row.returned), String(row.apologies)];
  return [
    {
      id: "don-vi",
      caption: t("unitsCaption"),
      columns: [{ label: t("unit"), isNumeric: false }, ...figureColumns],
      rows: [
        ...report.units.map((unit) => [unit.unitName, ...figures(unit)]),
        ...(options.wholeAgencyRow ? [[t("wholeAgency"), ...figures(report.total)]] : []),
      ],
      empty: t("noLegs"),
    },
    {
      id: "can-bo",
      caption: t("officersCaption"),
      columns: [{ label: t("officer"), isNumeric: false }, { label: t("unit"), isNumeric: false, isLongText: true }, ...figureColumns],
      rows: report.officers.map((officer) => [officer.fullName, officer.unitName ?? t("none"), ...figures(officer)]),
      empty: t("noOfficers"),
    },
    {
      id: "ton-dong",
      caption: t("openCaption"),
      columns: [
        { label: t("code"), isNumeric: false },
        { label: t("procedure"), isNumeric: false, isLongText: true },
        { label: t("step"), isNumeric: false, isLongText: true },
        { label: t("unit"), isNumeric: false, isLongText: true },
        { label: t("holder"), isNumeric: false, isLongText: true },
        { label: t("since"), isNumeric: false },
        { label: t("stepDue"), isNumeric: false },
        { label: t("daysHeld"), isNumeric: true },
      ],
      rows: report.longestOpen.map((leg) => [
        leg.code,
        leg.procedureName,
        leg.legTitle,
        leg.unitName ?? t("none"),
        leg.holderName ?? t("unassigned"),
        formatDateTime(leg.startedAt),
        leg.dueAt ? formatDate(leg.dueAt) : t("none"),
        decimal.format(leg.workingDaysHeld),
      ]),
      empty: t("noOpen"),
    },
  ];
}

/** RFC 4180 CSV with a byte-order mark (so spreadsheet programs read Vietnamese as UTF-8). */
export function toCsv(table: Pick<ReportTable, "columns" | "rows">): string {
  return CSV_BOM + [table.columns.map((column) => column.label), ...table.rows].map(csvLine).join("");
}

export function csvFileName(id: ReportTableId, period: AccountabilityReport["period"]): string {
  const stamp = (key: string) => displayDate(key).split("/").reverse().join("");
  return `bao-cao-${id}-${stamp(period.from)}-${stamp(period.to)}.csv`;
}
