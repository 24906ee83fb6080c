// The CSV and JSON files of a statistics page. Pure. A CSV holds one table as the page shows it,
// for Excel: a byte order mark (else the diacritics come out garbled), formula-looking cells
// defused (lib/http/csv.ts), counts without grouping and percentages without the sign (the
// column says "%"), so that a spreadsheet in the reader's language reads numbers. File names say
// the scope and the period, in ASCII (codes and slugs only).
import { CSV_BOM, csvLine } from "@/lib/http/csv";
import { percentNumber, type Locale } from "./format";
import { SUMMARY_TABLE_IDS, type Cell, type StatisticsTable, type TableId, type Translate } from "./tables";
import type { StatisticsView } from "./view";

/** The downloads of a page: the summary (every figure), then each other table. */
export const DOWNLOAD_IDS = ["tong-hop", "theo-thang", "xep-hang", "linh-vuc", "thu-tuc", "thoi-gian", "phan-bo"] as const;
export type DownloadId = (typeof DOWNLOAD_IDS)[number];

export function isDownloadId(value: unknown): value is DownloadId {
  return typeof value === "string" && (DOWNLOAD_IDS as readonly string[]).includes(value);
}

/** A cell as a spreadsheet reads it: "" for no figure. */
export function csvCell(cell: Cell, locale: Locale): string {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "count":
      return String(cell.value);
    case "share":
      return cell.value === null ? "" : percentNumber(cell.value, locale);
    case "days":
    case "rank":
      return cell.value === null ? "" : String(cell.value);
  }
}

/** A column's header in the file: a share's column says it is in percent. */
function headerOf(table: StatisticsTable, index: number): string {
  const label = table.columns[index]!.label;
  const isShare = table.rows.some((row) => row[index]?.kind === "share");
  return isShare && !label.includes("%") ? `${label} (%)` : label;
}

export function tableCsv(table: StatisticsTable, locale: Locale): string {
  const header = table.columns.map((_, index) => headerOf(table, index));
  return CSV_BOM + [header, ...table.rows.map((row) => row.map((cell) => csvCell(cell, locale)))].map(csvLine).join("");
}

/**
 * The summary file: every figure of the summary tables, one per line, with its group, so that a
 * reader gets the whole page's totals in one file.
 */
export function summaryCsv(tables: StatisticsTable[], locale: Locale, t: Translate): string {
  const lines = [[t("column.group"), t("column.figure"), t("column.value")]];
  for (const table of tables.filter((candidate) => SUMMARY_TABLE_IDS.includes(candidate.id))) {
    for (const row of table.rows) {
      const [name, value] = row as [Cell, Cell];
      const cell = csvCell(value, locale);
      lines.push([table.caption, csvCell(name, locale), value.kind === "share" && cell !== "" ? `${cell}%` : cell]);
    }
  }
  return CSV_BOM + lines.map(csvLine).join("");
}

/** The CSV of one download, or null when the page has no such table. */
export function downloadCsv(id: DownloadId, tables: StatisticsTable[], locale: Locale, t: Translate): string | null {
  if (id === "tong-hop") return summaryCsv(tables, locale, t);
  const table = tables.find((candidate) => candidate.id === (id as TableId));
  return table ? tableCsv(table, locale) : null;
}

/** "ha-noi", "hn-xa-bach-mai", "linh-vuc-ho-tich", "thu-tuc-1.001193". */
export function scopeStem(scope: StatisticsView["scope"]): string {
  switch (scope.kind) {
    case "city":
      return "ha-noi";
    case "agency":
      return scope.slug ?? scope.code ?? "co-quan";
    case "field":
      return `linh-vuc-${scope.code}`;
    case "procedure":
      return `thu-tuc-${scope.code}`;
  }
}

/** "2026-10", "2026-Q4", "2026", "2026-01-15_2026-02-14". */
export function periodStem(period: StatisticsView["period"]): string {
  return period.kind === "range" ? `${period.from}_${period.to}` : period.value;
}

/** thong-ke_hn-xa-bach-mai_2026-10_tong-hop.csv, thong-ke_ha-noi_2026-Q3.json */
export function downloadFileName(view: Pick<StatisticsView, "scope" | "period">, id: DownloadId | null, extension: "csv" | "json"): string {
  const name = ["thong-ke", scopeStem(view.scope), periodStem(view.period), ...(id ? [id] : [])].join("_");
  return `${name.replace(/[^A-Za-z0-9._-]/g, "-")}.${extension}`;
}
