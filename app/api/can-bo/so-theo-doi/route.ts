import { currentOfficer } from "@/lib/auth/staff";
import { ledgerAgency, ledgerBatches } from "@/lib/forms/ledger";
import { ledgerCsvStream, ledgerPdfStream } from "@/lib/forms/ledger-export";
import { parseLedgerPeriod } from "@/lib/forms/ledger-period";
import { attachmentResponse, badRequestResponse, notFoundResponse } from "@/lib/http/file-response";

// The ledger (Mẫu 06) of the officer's own agency for a period, ?tu=dd/MM/yyyy&den=dd/MM/yyyy
// &dinh-dang=pdf|csv: an A4 landscape PDF, or CSV for Excel. For officers only; anyone else: 404.
export async function GET(request: Request) {
  const officer = await currentOfficer();
  if (!officer) return notFoundResponse();
  const query = new URL(request.url).searchParams;
  const format = query.get("dinh-dang");
  const result = parseLedgerPeriod({ from: query.get("tu"), to: query.get("den") }, new Date());
  if ((format !== "pdf" && format !== "csv") || !result.ok) return badRequestResponse();
  const { period } = result;
  const agency = await ledgerAgency(officer.actor);
  const fileName = `so-theo-doi-${agency.code}-${period.from}-${period.to}.${format}`;
  const ledger = { batches: ledgerBatches(officer.actor, period), agencyId: officer.actor.agencyId };
  return format === "csv"
    ? attachmentResponse(ledgerCsvStream(ledger), "text/csv; charset=utf-8", fileName)
    : attachmentResponse(ledgerPdfStream(ledger, period, agency, new Date()), "application/pdf", fileName);
}
