import type { FormSheet, SheetLine, SheetTable } from "@/lib/forms/types";
import { cx } from "@/components/ui/cx";
import { PrintSheet, SheetHeading } from "./print-sheet";

/** A table of a printed form: the column widths of the PDF, cells that keep their line breaks. */
export function SheetTableView({ columns, rows, className, caption, testId }: SheetTable & { className?: string; caption?: string; testId?: string }) {
  return (
    <table className={cx("w-full border-collapse", className)} data-testid={testId}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className="border border-black bg-neutral-200 px-1 py-0.5 align-middle" style={{ width: `${column.width * 100}%` }}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, row) => (
          <tr key={row}>
            {cells.map((cell, column) => (
              <td key={column} className="whitespace-pre-line border border-black px-1 py-0.5 align-top">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Lines({ lines }: { lines: SheetLine[] }) {
  return lines.map((line, index) => (
    <p key={index} className={cx("whitespace-pre-line", line.bold && "font-bold", line.italic && "italic", line.indent && "pl-4")}>
      {line.text}
    </p>
  ));
}

/** One of forms 02–05 as the PDF draws it (lib/forms/sheet-pdf.ts): the same sheet, the same words. */
export function FormSheetView({ sheet }: { sheet: FormSheet }) {
  return (
    <PrintSheet paper="a5">
      <SheetHeading agency={sheet.agency} codeLine={sheet.codeLine} placeDate={sheet.placeDate} />
      <h2 className="mt-4 text-center text-[13pt] font-bold">{sheet.title}</h2>
      <div className="mt-3 space-y-1">
        <Lines lines={sheet.before} />
      </div>
      {sheet.table ? <SheetTableView columns={sheet.table.columns} rows={sheet.table.rows} className="mt-2 text-[9pt]" /> : null}
      {sheet.after.length > 0 ? (
        <div className="mt-2 space-y-1">
          <Lines lines={sheet.after} />
        </div>
      ) : null}
      {sheet.signatures.length > 0 ? (
        <div className="mt-4 grid text-center" style={{ gridTemplateColumns: `repeat(${sheet.signatures.length}, 1fr)` }}>
          {sheet.signatures.map((signature) => (
            <div key={signature.title}>
              <p className="font-bold">{signature.title}</p>
              <p className="text-[9pt] italic">{signature.note}</p>
              <p className="mt-12 font-bold">{signature.name}</p>
            </div>
          ))}
        </div>
      ) : null}
      {sheet.footnote ? <p className="mt-3 text-[9pt] italic">{sheet.footnote}</p> : null}
    </PrintSheet>
  );
}
