import { getLocale, getTranslations } from "next-intl/server";
import type { Evaluation } from "@/lib/delegation/evaluation";
import { columnLabels, COLUMN_KEYS, evaluationRows, figureLabels, type Translate } from "@/lib/delegation/evaluation-table";
import { MIN_SAMPLE } from "@/lib/statistics/percentiles";
import type { Locale } from "@/lib/statistics-pages/format";

// The evaluation's table (docs/domain/delegation.md), shared by the administration's page and the
// public one: each figure with "of N dossiers" beside it and "small sample" in words where N is
// under 20, so that a small sample reads as small without colour. Prints as it is (plain table;
// the page's chrome is hidden by the print styles of app/globals.css where it has them).

export async function EvaluationView({ evaluation, csvHref }: { evaluation: Evaluation | null; csvHref: string }) {
  const t = (await getTranslations("Delegation")) as unknown as Translate;
  const locale = (await getLocale()) as Locale;
  if (!evaluation) return <p className="mt-3">{t("evaluationNotStarted")}</p>;
  const columns = columnLabels(t, evaluation);
  const figures = figureLabels(t);
  return (
    <div>
      <p className="mt-2 max-w-3xl">{t("evaluationLead", { min: MIN_SAMPLE })}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="delegation-evaluation">
          <caption className="mb-2 text-left font-semibold">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2">
              <th scope="col" className="p-2">{t("figureColumn")}</th>
              {COLUMN_KEYS.map((column) => <th key={column} scope="col" className="p-2">{columns[column]}</th>)}
            </tr>
          </thead>
          <tbody>
            {evaluationRows(evaluation, locale).map((row) => (
              <tr key={row.key} className="border-b align-top">
                <th scope="row" className="p-2 font-semibold">{figures[row.key]}</th>
                {COLUMN_KEYS.map((column) => {
                  const cell = row.cells[column];
                  return (
                    <td key={column} className="p-2" data-figure={row.key} data-column={column} data-value={cell.text ?? ""} data-n={cell.n}>
                      <span className="block text-lg font-semibold">{cell.text ?? t("noFigure")}</span>
                      <span className="block text-sm">{t("sampleOf", { count: cell.n })}</span>
                      {cell.isSmall ? <span className="block text-sm font-semibold text-warning-800">{t("smallSampleShort")}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">{t("smallSample", { min: MIN_SAMPLE })}</p>
      <p className="mt-2 max-w-3xl text-sm">{t("evaluationCaveat")}</p>
      <p className="mt-3 flex flex-wrap gap-4 print:hidden">
        <a href={csvHref} download>{t("downloadCsv")}</a>
        <span className="text-sm text-muted">{t("printHint")}</span>
      </p>
    </div>
  );
}
