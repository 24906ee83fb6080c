// A dossier as the engine sees it while deciding one action: its row, its control-slip rows and
// what is still open (supplement request, consultations, payment). Pure data, read from the
// database by execute-transition.ts or kept in memory by the history generator; the rows an
// action writes are built from it by effects.ts, the same way for both.
import type { DeadlinePrecision, TimeLimit, TimeUnit, Timeliness } from "@/lib/calendar";
import type { DossierSnapshot, DossierStatus } from "./workflow";

export type Channel = "IN_PERSON" | "ONLINE" | "POST";
export type StepKind = "RECEIPT" | "PROCESSING" | "CONSULTATION" | "RETURN";
export type SupplementStage = "AT_RECEIPT" | "AFTER_RECEIPT";
export type PaymentMethod = "ONLINE" | "CASH" | "BANK_TRANSFER";
export type ReturnMethod = "AT_DESK" | "POST" | "ONLINE";
export type OverallSatisfaction = "VERY_SATISFIED" | "SATISFIED" | "NOT_SATISFIED";

/** The dossier columns the engine reads and writes (table dossier). */
export type DossierRow = {
  id: string;
  code: string | null;
  status: DossierStatus;
  version: number;
  channel: Channel;
  agencyId: string;
  receivingAgencyId: string | null;
  procedureId: string;
  applicantId: string | null;
  organizationId: string | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  clockStartedAt: Date | null;
  /** The resident's appointment (moved by an apology and by waits for the applicant). */
  dueAt: Date | null;
  /** The date the agency is judged by: the appointment before any apology, moved by the waits. */
  referenceDueAt: Date | null;
  deadlinePrecision: DeadlinePrecision | null;
  /** The appointment rests on days of a calendar year that is not officially published yet. */
  isDueProvisional: boolean;
  pausedAt: Date | null;
  pausedSeconds: number;
  /** Working seconds waited for the applicant since the clock last (re)started (payments). */
  clockPausedSeconds: number;
  supplementCount: number;
  bounceCount: number;
  hasApology: boolean;
  resolution: "APPROVED" | "REJECTED" | null;
  timeliness: Timeliness | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  returnMethod: ReturnMethod;
  closedAt: Date | null;
  isPaidOnline: boolean;
  /** Sent by a resident signed in with VNeID (set at submission). */
  isVneidAuthenticated: boolean;
  /** At receipt, every paper the procedure requires was held as a file (set by the receipt). */
  hasElectronicPapers: boolean;
  currentStepId: string | null;
  currentUnitId: string | null;
  currentHandlerId: string | null;
  trailHash: string | null;
};

/** What an action changes on the dossier row (the form's answers only while it is a draft). */
export type DossierChanges = Partial<DossierRow> & {
  formData?: Record<string, unknown>;
  applicantSnapshot?: Record<string, unknown>;
  applicantType?: "CITIZEN" | "BUSINESS";
  /** The delegation the dossier was routed under (set when it is filed or received). */
  delegationId?: string | null;
};

/** A row of the control slip (Mẫu 05, table processing_step). */
export type StepRow = {
  id: string;
  dossierId: string;
  sequence: number;
  kind: StepKind;
  planStepId: string | null;
  agencyId: string;
  unitId: string | null;
  handlerId: string | null;
  title: string;
  startedAt: Date;
  dueAt: Date | null;
  duePrecision: DeadlinePrecision | null;
  completedAt: Date | null;
  outcome: Timeliness | null;
  isBounce: boolean;
  note: string | null;
};

/** One step of the procedure's internal processing plan. */
export type PlanStep = {
  id: string;
  position: number;
  name: string;
  unitCode: string;
  durationValue: number | null;
  durationUnit: TimeUnit | null;
};

export type ProcedureTerms = {
  /** The legal limit for the dossier's channel (the online limit where the procedure has one). */
  timeLimit: TimeLimit | null;
  hasSameDayCutoff: boolean;
  plan: readonly PlanStep[];
};

/**
 * The papers the procedure requires (its catalogue entry's required components) and how many of
 * them the dossier holds as a file, uploaded by the applicant or scanned at the desk: what the
 * receipt records (docs/domain/national-index.md, "Papers held electronically").
 */
export type PaperCount = { required: number; electronic: number };

/** The papers of a dossier: each required paper counts once, however many files it has. */
export function countPapers(requiredIds: readonly string[], heldRequirementIds: readonly (string | null)[]): PaperCount {
  const held = new Set(heldRequirementIds);
  return { required: requiredIds.length, electronic: requiredIds.filter((id) => held.has(id)).length };
}

/** Every required paper is held as a file; a procedure that requires none has nothing on paper. */
export function holdsEveryPaper(papers: PaperCount): boolean {
  return papers.electronic >= papers.required;
}

export type DossierState = {
  dossier: DossierRow;
  procedure: ProcedureTerms;
  papers: PaperCount;
  /** Every control-slip row, in sequence. */
  steps: StepRow[];
  openSupplementRequests: { id: string; stage: SupplementStage }[];
  openConsultations: { id: string; agencyId: string; dueAt: Date }[];
  openPaymentIds: string[];
  isRated: boolean;
};

export type SupplementRequestRow = {
  id: string; dossierId: string; stage: SupplementStage; requestedById: string; requestedAt: Date; reason: string;
  items: { name: string; note?: string }[]; fulfilledAt: Date | null;
};
export type ConsultationRow = {
  id: string; dossierId: string; agencyId: string; unitId: string | null; question: string; requestedAt: Date; dueAt: Date;
  repliedAt: Date | null; reply: string | null;
};
export type PaymentRow = {
  id: string; dossierId: string; amountVnd: number; reason: string; requestedAt: Date; paidAt: Date | null;
  method: PaymentMethod | null; reference: string | null;
};
export type DueDateChangeRow = {
  id: string; dossierId: string; previousDueAt: Date; newDueAt: Date; reason: string; issuedById: string; issuedAt: Date;
};
export type DocumentRow = {
  id: string; dossierId: string; kind: "RESULT"; name: string; mimeType: string; sizeBytes: number; sha256: string;
  storageKey: string; uploadedById: string | null; createdAt: Date; verificationCode?: string | null; originalSha256?: string | null;
};
export type RatingRow = {
  id: string; dossierId: string; userId: string | null; overall: OverallSatisfaction; scores: Record<string, number>;
  comment: string | null; createdAt: Date;
};

/** Rows an action adds. */
export type NewRows = {
  steps: StepRow[];
  supplementRequests: SupplementRequestRow[];
  consultations: ConsultationRow[];
  payments: PaymentRow[];
  dueDateChanges: DueDateChangeRow[];
  documents: DocumentRow[];
  ratings: RatingRow[];
};

/** Changes an action makes to rows that already exist, by id. */
export type RowUpdates = {
  steps: { id: string; data: Partial<Pick<StepRow, "dueAt" | "completedAt" | "outcome" | "handlerId">> }[];
  supplementRequests: { id: string; fulfilledAt: Date }[];
  consultations: { id: string; repliedAt: Date; reply: string }[];
  payments: { id: string; paidAt: Date; method: PaymentMethod; reference: string | null }[];
};

export function emptyNewRows(): NewRows {
  return { steps: [], supplementRequests: [], consultations: [], payments: [], dueDateChanges: [], documents: [], ratings: [] };
}

export function emptyRowUpdates(): RowUpdates {
  return { steps: [], supplementRequests: [], consultations: [], payments: [] };
}

/** The control-slip row the dossier is at, if any. */
export function currentStepOf(state: DossierState): StepRow | undefined {
  const id = state.dossier.currentStepId;
  return id ? state.steps.find((step) => step.id === id) : undefined;
}

/** What planTransition needs to know of the dossier. */
export function snapshotOf(state: DossierState): DossierSnapshot {
  const { dossier } = state;
  const current = currentStepOf(state);
  const position = current?.planStepId ? (state.procedure.plan.find((step) => step.id === current.planStepId)?.position ?? null) : null;
  return {
    status: dossier.status,
    receivedAt: dossier.receivedAt,
    clockStartedAt: dossier.clockStartedAt,
    dueAt: dossier.dueAt,
    referenceDueAt: dossier.referenceDueAt,
    deadlinePrecision: dossier.deadlinePrecision,
    isDueProvisional: dossier.isDueProvisional,
    pausedAt: dossier.pausedAt,
    hasApology: dossier.hasApology,
    resolution: dossier.resolution,
    supplementStage: state.openSupplementRequests[0]?.stage ?? null,
    planStepCount: state.procedure.plan.length,
    currentPlanPosition: current ? (position ?? (current.kind === "RECEIPT" ? 1 : null)) : null,
    isCurrentStepOpen: Boolean(current && !current.completedAt),
    openConsultations: state.openConsultations.length,
    isRated: state.isRated,
  };
}
