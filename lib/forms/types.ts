// The data behind the printed forms (Circular 01/2018/TT-VPCP, Mẫu 02–06), as plain types: read
// from the database by dossier-forms.ts and ledger.ts, turned into sheets by pure builders, shown
// by the print pages and drawn into PDFs. Nothing here comes from the generated Prisma client.
import type { DeadlinePrecision, Timeliness } from "@/lib/calendar";
import type { DossierStatus } from "@/lib/dossiers/workflow";
import type { Channel, StepRow, SupplementStage } from "@/lib/dossiers/state";

/** Forms printed per dossier: 01 is the receipt (lib/forms/receipt.ts), 02–05 are built here. */
export const DOSSIER_FORMS = ["01", "02", "03", "04", "05"] as const;
export type DossierFormNumber = (typeof DOSSIER_FORMS)[number];
export const isDossierForm = (value: unknown): value is DossierFormNumber => (DOSSIER_FORMS as readonly unknown[]).includes(value);

export type FormAgency = { name: string; parentName: string | null; phone: string | null };

/** The applicant as at submission (dossier.applicant_snapshot): personal data, printed, never logged. */
export type FormApplicant = { fullName: string; address?: string; phone?: string; email?: string; onBehalfOf?: { fullName: string } };

export type FormSupplementRequest = {
  stage: SupplementStage;
  requestedAt: Date;
  reason: string;
  items: { name: string; note?: string }[];
  officer: { fullName: string; phone: string | null; unitName: string | null; agency: FormAgency | null };
};

/** A row of the control slip as printed: the engine's row, with names instead of ids. */
export type FormStep = Pick<StepRow, "sequence" | "kind" | "title" | "startedAt" | "dueAt" | "duePrecision" | "completedAt" | "outcome" | "isBounce"> & {
  unitName: string | null;
  agencyName: string;
  handlerName: string | null;
};

/** One dossier with everything its forms 02–05 print. */
export type FormSource = {
  code: string | null;
  reference: string | null;
  status: DossierStatus;
  channel: Channel;
  procedureName: string;
  /** The competent agency, and the desk where it was handed in (the same unless a service centre received it). */
  agency: FormAgency;
  desk: FormAgency;
  applicant: FormApplicant;
  organizationName: string | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  deadlinePrecision: DeadlinePrecision | null;
  supplementRequests: FormSupplementRequest[];
  refusal: { reason: string; refusedAt: Date; officerName: string | null } | null;
  apology: { previousDueAt: Date; newDueAt: Date; reason: string; issuedAt: Date; issuedByName: string } | null;
  steps: FormStep[];
  consultedAgencies: string[];
};

export type SheetLine = { text: string; bold?: boolean; italic?: boolean; indent?: boolean };

export type SheetTable = {
  /** Widths are shares of the line (they add up to 1). */
  columns: { label: string; width: number }[];
  rows: string[][];
};

/** A printed form as the print page and the PDF both draw it: the same words, in the same order. */
export type FormSheet = {
  title: string;
  agency: FormAgency;
  /** "Mã hồ sơ: …" (or the filing's reference before the dossier has a code). */
  codeLine: string;
  placeDate: string;
  before: SheetLine[];
  table: SheetTable | null;
  after: SheetLine[];
  signatures: { title: string; note: string; name: string }[];
  footnote: string | null;
};

/** One row of the ledger (Mẫu 06): what the database gives, before it becomes cells. */
export type LedgerDossier = {
  code: string | null;
  procedureName: string;
  copies: number;
  applicant: FormApplicant;
  organizationName: string | null;
  status: DossierStatus;
  receivedAt: Date;
  dueAt: Date | null;
  /** The appointment on the receipt (before any apology). */
  firstDueAt: Date | null;
  deadlinePrecision: DeadlinePrecision | null;
  isDueProvisional: boolean;
  hasApology: boolean;
  finishedAt: Date | null;
  returnedAt: Date | null;
  timeliness: Timeliness | null;
  agencyId: string;
  agencyName: string;
  receivingAgencyId: string | null;
  receivingAgencyName: string | null;
};
