import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import { formatCount, formatPercent, type Locale } from "@/lib/statistics-pages/format";
import type { Cell, StatisticsTable } from "@/lib/statistics-pages/tables";

/** "—" where there is no figure, with words for screen readers. */
function NoFigure({ words }: { words: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{words}</span>
    </>
  );
}

function CellContent({ cell, locale }: { cell: Cell; locale: Locale }) {
  const t = useTranslations("StatisticsPages");
  switch (cell.kind) {
    case "text":
      return cell.href ? (
        <Link href={cell.href} lang={cell.lang}>
          {cell.text}
        </Link>
      ) : (
        <span lang={cell.lang}>{cell.text}</span>
      );
    case "count":
      return <>{formatCount(cell.value, locale)}</>;
    case "share":
      return cell.value === null ? <NoFigure words={t("noFigure")} /> : <>{formatPercent(cell.value, locale)}</>;
    case "days":
      return cell.value === null ? <NoFigure words={t("noFigure")} /> : <>{t("daysValue", { days: cell.value })}</>;
    case "rank":
      return cell.value === null ? <NoFigure words={t("unranked")} /> : <>{cell.value}</>;
  }
}

/**
 * One table of a statistics page: a caption, column headers, a header cell naming each row,
 * figures aligned right; a wide table scrolls inside a focusable region (keyboard users too).
 */
export function StatTable({ table, csvHref, className }: { table: StatisticsTable; csvHref?: string; className?: string }) {
  const t = useTranslations("StatisticsPages");
  const locale = useLocale() as Locale;
  const captionId = `bang-${table.id}`;
  return (
    <div className={cx("mt-4", className)}>
      {/* The title stays in view above a table that scrolls sideways on a phone; the caption names the table for screen readers. */}
      <p id={captionId} className="mb-2 font-bold" aria-hidden="true">
        {table.caption}
      </p>
      {/* relative: the words only screen readers hear (sr-only, absolutely placed) stay inside the scrolling box. */}
      <div role="region" aria-label={table.caption} tabIndex={0} className="relative overflow-x-auto rounded border border-line">
        <table className="w-full border-collapse text-left text-sm [overflow-wrap:normal]" data-testid={`table-${table.id}`}>
          <caption className="sr-only">{table.caption}</caption>
          <thead className="bg-brand-50">
            <tr>
              {table.columns.map((column, index) => (
                <th key={index} scope="col" className={cx("border-t border-line px-3 py-2 align-bottom font-semibold", column.isNumeric ? "min-w-24 text-right" : "min-w-40")}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr data-empty="">
                <td colSpan={table.columns.length} className="border-t border-line px-3 py-2">
                  {table.empty}
                </td>
              </tr>
            ) : (
              table.rows.map((row, rowIndex) => (
                <tr key={rowIndex} className="border-t border-line">
                  {row.map((cell, column) => {
                    const isHeader = column === (table.id === "xep-hang" ? 1 : 0);
                    const numeric = table.columns[column]?.isNumeric;
                    const className = cx("px-3 py-2", numeric ? "text-right whitespace-nowrap tabular-nums" : "min-w-40");
                    return isHeader ? (
                      <th key={column} scope="row" className={cx(className, "font-semibold")}>
                        <CellContent cell={cell} locale={locale} />
                      </th>
                    ) : (
                      <td key={column} className={className}>
                        <CellContent cell={cell} locale={locale} />
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {csvHref ? (
        <p className="mt-2 text-sm">
          <a href={csvHref} download>
            {t("downloadTableCsv", { table: table.caption })}
          </a>
        </p>
      ) : null}
    </div>
  );
}
