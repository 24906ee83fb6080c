// The evaluation of a delegation as the page and its CSV write it (docs/domain/delegation.md): one
// row per figure, four columns (before, after, receiving agencies after, delegating agency after),
// each cell the figure, the number of dossiers behind it, and whether that sample is small. The
// page and the CSV are built from these same cells, so they cannot disagree. Pure.
import { csvLine, CSV_BOM } from "@/lib/http/csv";
import { formatCount, formatDay, formatPercent, type Locale } from "@/lib/statistics-pages/format";
import type { Evaluation, Figure, SideFigures } from "./evaluation";

export const FIGURE_KEYS = ["received", "medianWorkingDays", "p90WorkingDays", "onTimeRate", "supplementRequestRate", "satisfactionRate", "onlineShare"] as const satisfies readonly (keyof SideFigures)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const COLUMN_KEYS = ["before", "after", "delegates", "delegator"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

const KIND: Record<FigureKey, "count" | "days" | "rate"> = {
  received: "count", medianWorkingDays: "days", p90WorkingDays: "days", onTimeRate: "rate", supplementRequestRate: "rate", satisfactionRate: "rate", onlineShare: "rate",
};

/** A cell: the figure as written (null: nothing to compute it from), its N, and whether N is small. */
export type EvaluationCell = { text: string | null; n: number; isSmall: boolean };
export type EvaluationRow = { key: FigureKey; cells: Record<ColumnKey, EvaluationCell> };

/** How a figure is written: counts grouped on the page, plain in the CSV; shares as percentages; days as whole numbers. */
export function figureText(key: FigureKey, figure: Figure, locale: Locale, forCsv = false): string | null {
  if (figure.value === null) return null;
  switch (KIND[key]) {
    case "rate":
      return formatPercent(figure.value, locale);
    case "count":
      return forCsv ? String(figure.value) : formatCount(figure.value, locale);
    case "days":
      return String(figure.value);
  }
}

export function evaluationRows(evaluation: Evaluation, locale: Locale, forCsv = false): EvaluationRow[] {
  return FIGURE_KEYS.map((key) => ({
    key,
    cells: Object.fromEntries(COLUMN_KEYS.map((column) => {
      const figure = evaluation[column][key];
      return [column, { text: figureText(key, figure, locale, forCsv), n: figure.n, isSmall: figure.isSmall }];
    })) as Record<ColumnKey, EvaluationCell>,
  }));
}

export type CsvLabels = {
  figure: string;
  figures: Record<FigureKey, string>;
  columns: Record<ColumnKey, string>;
  /** Headers of each column's three cells: "figure", "N", "small sample". */
  value: string;
  n: string;
  small: string;
  yes: string;
  no: string;
  noFigure: string;
};

/** The CSV: a header, then one line per figure with, for each column, the figure, its N and whether the sample is small. */
export function evaluationCsv(evaluation: Evaluation, locale: Locale, labels: CsvLabels): string {
  const header = [labels.figure, ...COLUMN_KEYS.flatMap((column) => [`${labels.columns[column]}: ${labels.value}`, `${labels.columns[column]}: ${labels.n}`, `${labels.columns[column]}: ${labels.small}`])];
  const lines = evaluationRows(evaluation, locale, true).map((row) => csvLine([
    labels.figures[row.key],
    ...COLUMN_KEYS.flatMap((column) => {
      const cell = row.cells[column];
      return [cell.text ?? labels.noFigure, String(cell.n), cell.isSmall ? labels.yes : labels.no];
    }),
  ]));
  return CSV_BOM + csvLine(header) + lines.join("");
}

/** The Delegation texts this file needs (next-intl's translator, narrowed). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const FIGURE_LABEL: Record<FigureKey, string> = {
  received: "figureReceived", medianWorkingDays: "figureMedian", p90WorkingDays: "figureP90", onTimeRate: "figureOnTime",
  supplementRequestRate: "figureSupplement", satisfactionRate: "figureSatisfaction", onlineShare: "figureOnline",
};

/** The columns' headings, the compared days in dd/MM/yyyy. */
export function columnLabels(t: Translate, evaluation: Pick<Evaluation, "windows">): Record<ColumnKey, string> {
  const span = (window: { from: string; to: string }) => ({ from: formatDay(window.from), to: formatDay(window.to) });
  return {
    before: t("columnBefore", span(evaluation.windows.before)),
    after: t("columnAfter", span(evaluation.windows.after)),
    delegates: t("columnDelegate"),
    delegator: t("columnDelegator"),
  };
}

export const figureLabels = (t: Translate): Record<FigureKey, string> =>
  Object.fromEntries(FIGURE_KEYS.map((key) => [key, t(FIGURE_LABEL[key])])) as Record<FigureKey, string>;

export function csvLabelsOf(t: Translate, evaluation: Pick<Evaluation, "windows">): CsvLabels {
  return {
    figure: t("csvFigure"), figures: figureLabels(t), columns: columnLabels(t, evaluation),
    value: t("csvValue"), n: t("csvN"), small: t("csvSmall"), yes: t("csvYes"), no: t("csvNo"), noFigure: t("noFigure"),
  };
}
