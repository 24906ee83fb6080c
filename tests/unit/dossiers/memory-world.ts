// A small world for walking dossiers through the engine in memory (no database): an agency with
// its one-stop desk, a processing unit and its leadership, a second agency to consult, a
// five-step plan, officers of every role and a resident. The same engine the commands persist.
import type { CalendarContext, TimeLimit } from "@/lib/calendar";
import type { Actor } from "@/lib/dossiers/actor";
import { buildDraft } from "@/lib/dossiers/draft";
import type { Directory } from "@/lib/dossiers/effects";
import type { ActionRequest } from "@/lib/dossiers/requests";
import type { Channel, DossierRow, DossierState, PaperCount, PlanStep } from "@/lib/dossiers/state";
import { takeActionInMemory, type TransitionOutcome } from "@/lib/dossiers/transition-core";
import type { EventRow } from "@/lib/dossiers/trail";

let sequence = 0;
const id = (prefix: string) => `${prefix}-${String(++sequence).padStart(8, "0")}`;

export const AGENCY = "agency-competent";
export const OTHER_AGENCY = "agency-consulted";
export const UNITS = { MC: "unit-mc", VHXH: "unit-vhxh", LD: "unit-ld" } as const;

export const PLAN: PlanStep[] = [
  { id: "plan-1", position: 1, name: "Tiếp nhận hồ sơ", unitCode: "MC", durationValue: 0.5, durationUnit: "WORKING_DAYS" },
  { id: "plan-2", position: 2, name: "Thẩm định hồ sơ", unitCode: "VHXH", durationValue: 2.5, durationUnit: "WORKING_DAYS" },
  { id: "plan-3", position: 3, name: "Trưởng phòng xem xét", unitCode: "VHXH", durationValue: 0.5, durationUnit: "WORKING_DAYS" },
  { id: "plan-4", position: 4, name: "Lãnh đạo phê duyệt", unitCode: "LD", durationValue: 1, durationUnit: "WORKING_DAYS" },
  { id: "plan-5", position: 5, name: "Trả kết quả", unitCode: "MC", durationValue: 0.5, durationUnit: "WORKING_DAYS" },
];

const officer = (userId: string, officerRole: "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER", unitId: string, agencyId = AGENCY): Actor => ({
  kind: "OFFICER", userId, agencyId, unitId, officerRole,
});

export const ACTORS = {
  resident: { kind: "RESIDENT", userId: "user-resident", organizationIds: [] } as Actor,
  desk: officer("user-desk", "DESK_OFFICER", UNITS.MC),
  specialist: officer("user-specialist", "SPECIALIST", UNITS.VHXH),
  head: officer("user-head", "UNIT_HEAD", UNITS.VHXH),
  leader: officer("user-leader", "AGENCY_LEADER", UNITS.LD),
  consulted: officer("user-consulted", "SPECIALIST", "unit-other", OTHER_AGENCY),
  system: { kind: "SYSTEM" } as Actor,
};

export const directory: Omit<Directory, "assignedCode"> = {
  newId: () => id("row"),
  unitId: (agencyId, code) => (agencyId === AGENCY ? (UNITS[code as keyof typeof UNITS] ?? null) : null),
  agencyName: (agencyId) => (agencyId === OTHER_AGENCY ? "Công an phường Thử Nghiệm" : agencyId === AGENCY ? "UBND phường Thử Nghiệm" : null),
  isEligibleHandler: (userId, agencyId, unitId) =>
    agencyId === AGENCY && Object.values(ACTORS).some((actor) => actor.kind === "OFFICER" && actor.userId === userId && (unitId === null || actor.unitId === unitId)),
};

let codes = 0;
export const nextCode = () => `000.00.99.T99-260101-${String(++codes).padStart(4, "0")}`;

/** A dossier the resident has just started (draft), with its first event. */
export function newDossier(now: Date, options: { timeLimit?: TimeLimit; hasSameDayCutoff?: boolean; channel?: Channel; papers?: PaperCount } = {}) {
  const { dossier: draft, event } = buildDraft({
    id: id("dossier"), eventId: id("event"), actor: ACTORS.resident, now, procedureId: "procedure-1", agencyId: AGENCY,
    receivingAgencyId: null, applicantId: "user-resident", organizationId: null, applicantType: "CITIZEN",
    channel: options.channel ?? "ONLINE", isVneidAuthenticated: true, applicantSnapshot: { fullName: "Nguyễn Văn Thử" },
    formData: {}, feeVnd: 0,
  });
  const dossier: DossierRow = {
    id: draft.id, code: null, status: "DRAFT", version: 0, channel: draft.channel, agencyId: AGENCY, receivingAgencyId: null,
    procedureId: draft.procedureId, applicantId: draft.applicantId, organizationId: null, submittedAt: null, receivedAt: null,
    clockStartedAt: null, dueAt: null, referenceDueAt: null, deadlinePrecision: null, isDueProvisional: false, pausedAt: null,
    pausedSeconds: 0, clockPausedSeconds: 0, supplementCount: 0, bounceCount: 0, hasApology: false, resolution: null, timeliness: null, finishedAt: null,
    returnedAt: null, returnMethod: "AT_DESK", closedAt: null, isPaidOnline: false, isVneidAuthenticated: draft.isVneidAuthenticated,
    hasElectronicPapers: false, currentStepId: null, currentUnitId: null,
    currentHandlerId: null, trailHash: draft.trailHash,
  };
  const state: DossierState = {
    dossier,
    procedure: { timeLimit: options.timeLimit ?? { value: 5, unit: "WORKING_DAYS" }, hasSameDayCutoff: options.hasSameDayCutoff ?? false, plan: PLAN },
    papers: options.papers ?? { required: 2, electronic: 2 },
    steps: [], openSupplementRequests: [], openConsultations: [], openPaymentIds: [], isRated: false,
  };
  return { state, events: [event] as EventRow[] };
}

/** A dossier walked through the engine, keeping every event and outcome. */
export class MemoryDossier {
  state: DossierState;
  events: EventRow[];
  outcomes: TransitionOutcome[] = [];

  constructor(
    now: Date,
    private readonly calendar: CalendarContext,
    options: Parameters<typeof newDossier>[1] = {},
  ) {
    const created = newDossier(now, options);
    this.state = created.state;
    this.events = created.events;
  }

  act(actor: Actor, request: ActionRequest, now: Date): TransitionOutcome {
    const { state, outcome } = takeActionInMemory({ state: this.state, request, actor, now, calendar: this.calendar, directory, nextCode });
    this.state = state;
    this.events.push(outcome.event);
    this.outcomes.push(outcome);
    return outcome;
  }
}

export const RESULT = { name: "ket-qua.pdf", mimeType: "application/pdf", sizeBytes: 1024, sha256: "a".repeat(64), storageKey: "results/x.pdf" };
