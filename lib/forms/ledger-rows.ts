// The ledger's rows (Mẫu 06, sổ theo dõi hồ sơ) as text cells: the page, the PDF and the CSV print
// the same cells, so what the officer sees on screen is what the file says.
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { deadlineCell, formWords } from "./form-words";
import type { LedgerDossier, SheetTable } from "./types";

/** Widths are shares of A4 landscape: a dossier code fits on one line. */
export function ledgerColumns(): SheetTable["columns"] {
  const t = formWords().text;
  return [
    { label: t("ledgerNumber"), width: 0.03 },
    { label: t("ledgerCode"), width: 0.155 },
    { label: t("ledgerProcedure"), width: 0.135 },
    { label: t("ledgerCopies"), width: 0.04 },
    { label: t("ledgerApplicant"), width: 0.1 },
    { label: t("ledgerContact"), width: 0.13 },
    { label: t("ledgerReceived"), width: 0.065 },
    { label: t("ledgerDue"), width: 0.065 },
    { label: t("ledgerFinished"), width: 0.065 },
    { label: t("ledgerReturned"), width: 0.065 },
    { label: t("ledgerNote"), width: 0.15 },
  ];
}

const when = (date: Date | null) => (date ? formatDateTime(date) : "");

/**
 * One dossier's row; `number` is its place in the period (STT), `ledgerAgencyId` the agency whose
 * ledger this is (the note names the other agency when it received or resolves the dossier).
 */
export function ledgerCells(dossier: LedgerDossier, number: number, ledgerAgencyId: string): string[] {
  const { text: t, status } = formWords();
  const appointment = dossier.firstDueAt ?? dossier.dueAt;
  const notes = [
    status(dossier.status),
    dossier.timeliness ? t(`outcome${dossier.timeliness}`) : null,
    dossier.hasApology && dossier.dueAt ? t("ledgerRescheduled", { date: formatDate(dossier.dueAt) }) : null,
    dossier.isDueProvisional ? t("ledgerProvisional") : null,
    dossier.agencyId !== ledgerAgencyId ? t("ledgerCompetent", { agency: dossier.agencyName }) : null,
    dossier.receivingAgencyId && dossier.receivingAgencyId !== ledgerAgencyId && dossier.receivingAgencyName
      ? t("ledgerReceivedAt", { agency: dossier.receivingAgencyName })
      : null,
  ];
  return [
    String(number),
    dossier.code ?? "",
    dossier.procedureName,
    String(dossier.copies),
    dossier.organizationName ? `${dossier.applicant.fullName} (${dossier.organizationName})` : dossier.applicant.fullName,
    [dossier.applicant.address, dossier.applicant.phone].filter(Boolean).join("; "),
    formatDateTime(dossier.receivedAt),
    appointment ? deadlineCell(appointment, dossier.deadlinePrecision) : "",
    when(dossier.finishedAt),
    when(dossier.returnedAt),
    notes.filter(Boolean).join("; "),
  ];
}
