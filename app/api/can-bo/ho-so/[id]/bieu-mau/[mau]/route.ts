import { currentOfficer } from "@/lib/auth/staff";
import { recordAccess } from "@/lib/back-office/dossier-view";
import { loadDossierForm } from "@/lib/forms/dossier-forms";
import { renderReceiptPdf } from "@/lib/forms/receipt-pdf";
import { renderSheetsPdf } from "@/lib/forms/sheet-pdf";
import { isDossierForm } from "@/lib/forms/types";
import { attachmentResponse, notFoundResponse } from "@/lib/http/file-response";

// Forms 01–05 of a dossier as an A5 PDF, for the officers who may see the dossier (the download is
// recorded for the applicant); anyone else, and a form the dossier does not have: 404.
type Context = { params: Promise<{ id: string; mau: string }> };

export async function GET(_request: Request, context: Context) {
  const { id, mau } = await context.params;
  const officer = await currentOfficer();
  if (!officer || !isDossierForm(mau)) return notFoundResponse();
  const loaded = await loadDossierForm(officer.actor, id, mau, new Date());
  if (!loaded) return notFoundResponse();
  await recordAccess(officer.actor, id, "DOWNLOAD", `Mẫu ${mau} (PDF)`);
  const pdf =
    loaded.form === "01"
      ? await renderReceiptPdf(loaded.receipt)
      : await renderSheetsPdf(loaded.sheets, { title: `${loaded.sheets[0]!.title} ${loaded.dossierLabel}`, author: loaded.sheets[0]!.agency.name });
  return attachmentResponse(new Uint8Array(pdf), "application/pdf", `mau-${mau}-${loaded.dossierLabel}.pdf`);
}
