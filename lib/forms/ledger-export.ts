import { formTime, formWords, placeDate } from "./form-words";
import { displayDate } from "@/lib/back-office/report-period";
import { CSV_BOM, csvLine } from "@/lib/http/csv";
import type { LedgerPeriod } from "./ledger-period";
import { ledgerCells, ledgerColumns } from "./ledger-rows";
import { A4_LANDSCAPE, pdfStream, SheetPdf } from "./sheet-pdf";
import type { FormAgency, LedgerDossier } from "./types";

// The whole ledger of a period, written as it is read (batch after batch, from ledger.ts's
// ledgerBatches), so a year of a busy desk never sits in memory at once.

type Ledger = { batches: AsyncIterable<LedgerDossier[]>; agencyId: string };

/** CSV, UTF-8 with a byte order mark (Excel shows the diacritics), the header row in Vietnamese. */
export function ledgerCsvStream(ledger: Ledger): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = ledger.batches[Symbol.asyncIterator]();
  let number = 0;
  let isStarted = false;
  return new ReadableStream({
    async pull(controller) {
      if (!isStarted) {
        isStarted = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(ledgerColumns().map((column) => column.label))));
        return;
      }
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((dossier) => csvLine(ledgerCells(dossier, ++number, ledger.agencyId))).join("")));
    },
    async cancel() {
      await batches.return?.(undefined);
    },
  });
}

/** Mẫu 06 on A4 landscape: the heading, the period, the table (its header on every page), page numbers. */
export function ledgerPdfStream(ledger: Ledger, period: LedgerPeriod, agency: FormAgency, now: Date): ReadableStream<Uint8Array> {
  const t = formWords().text;
  const pdf = new SheetPdf(A4_LANDSCAPE, { title: `${t("ledgerTitle")} ${displayDate(period.from)}–${displayDate(period.to)}`, author: agency.name }, (page) => t("ledgerPage", { page }));
  return pdfStream(pdf, async () => {
    pdf.heading(agency, "", placeDate(t, now));
    pdf.title(t("ledgerTitle"), t("ledgerPeriod", { from: displayDate(period.from), to: displayDate(period.to) }));
    pdf.startTable(ledgerColumns());
    let number = 0;
    for await (const batch of ledger.batches) {
      for (const dossier of batch) pdf.row(ledgerCells(dossier, ++number, ledger.agencyId));
    }
    pdf.endTable();
    if (number === 0) pdf.lines([{ text: t("ledgerEmpty"), italic: true }]);
    pdf.footnote(t("generatedAt", { time: formTime(t, now) }));
  });
}
