import type { ReportTable } from "@/lib/back-office/report-tables";
import { cx } from "@/components/ui/cx";

/**
 * One table of the accountability report: a caption, column headers, a header cell naming each
 * row, figures aligned right; wide tables scroll inside a focusable region (keyboard users too).
 */
export function ReportTableView({ table, csvHref, csvLabel }: { table: ReportTable; csvHref: string; csvLabel: string }) {
  const captionId = `bang-${table.id}`;
  return (
    <section className="mt-8" aria-labelledby={captionId}>
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded border">
        <table className="w-full border-collapse text-left text-sm" data-testid={`report-${table.id}`}>
          <caption id={captionId} className="p-3 text-left text-xl font-bold">
            {table.caption}
          </caption>
          <thead className="bg-brand-50">
            <tr>
              {table.columns.map((column) => (
                <th key={column.label} scope="col" className={cx("border-t px-3 py-2 align-bottom font-semibold", column.isNumeric && "text-right")}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr data-empty="">
                <td colSpan={table.columns.length} className="border-t px-3 py-2">
                  {table.empty}
                </td>
              </tr>
            ) : (
              table.rows.map((row, index) => (
                <tr key={`${row[0]}-${index}`} className="border-t">
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row" className={cx("px-3 py-2 font-semibold", table.id === "ton-dong" && "whitespace-nowrap")}>
                        {cell}
                      </th>
                    ) : (
                      <td
                        key={column}
                        className={cx("px-3 py-2", table.columns[column]?.isNumeric && "text-right tabular-nums", table.columns[column]?.isLongText ? "min-w-32" : "whitespace-nowrap")}
                      >
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="mt-2">
        <a href={csvHref} download>
          {csvLabel}
        </a>
      </p>
    </section>
  );
}
