// The law's workflow of a dossier (docs/domain/workflow.md): the table of transitions and planTransition(),
// a pure function that says whether an actor may take an action now and what it changes. It
// imports neither Prisma nor Next: the back office, the API and the jobs all go through it, and
// the commands in this folder apply its plan in one transaction.
import {
  addWorkingMinutes,
  closingMinute,
  computeDueDate,
  fromLocal,
  isProvisional,
  judgeTimeliness,
  nthWorkingDayAfter,
  precisionOf,
  previousWorkingDay,
  toLocal,
  transferDeadline,
  workingMinutesBetween,
  type CalendarContext,
  type DeadlineOptions,
  type DeadlinePrecision,
  type TimeLimit,
  type Timeliness,
} from "@/lib/calendar";
import type { ErrorCode } from "@/lib/errors";
import type { DossierRow } from "./state";

export const DOSSIER_STATUSES = [
  "DRAFT", "SUBMITTED", "SUPPLEMENT_BEFORE_RECEIPT", "RECEIVED", "REFUSED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED",
  "AWAITING_PAYMENT", "WITHDRAWN", "STOPPED", "RESOLVED", "RETURNED",
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * The status codes of the national portal (DVCQG) that provincial systems report. A dossier the
 * desk asked to complete before receiving it has not been received: it is still a 1.
 */
export const NATIONAL_STATUS_CODE: Record<DossierStatus, number | null> = {
  DRAFT: null, SUBMITTED: 1, SUPPLEMENT_BEFORE_RECEIPT: 1, RECEIVED: 2, REFUSED: 3, IN_PROCESSING: 4, SUPPLEMENT_REQUESTED: 5,
  AWAITING_PAYMENT: 6, WITHDRAWN: 7, STOPPED: 8, RESOLVED: 9, RETURNED: 10,
};

export const FINAL_STATUSES: readonly DossierStatus[] = ["REFUSED", "WITHDRAWN", "STOPPED", "RETURNED"];

export const ACTOR_ROLES = ["RESIDENT", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "AGENCY_LEADER", "SYSTEM"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const DOSSIER_ACTIONS = [
  "SAVE_DRAFT", "SUBMIT", "RECEIVE", "REFUSE_AT_RECEIPT", "REQUEST_SUPPLEMENT", "SUPPLEMENT", "FORWARD",
  "COMPLETE_STEP", "SEND_BACK", "CONSULT", "RECORD_CONSULTATION_REPLY", "REQUEST_PAYMENT", "RECORD_PAYMENT",
  "APPROVE", "REFUSE_TO_RESOLVE", "MARK_RESULT_READY", "RETURN_RESULT", "WITHDRAW", "STOP", "ISSUE_APOLOGY", "RATE", "RECOMPUTE_DUE_DATE", "ASSIGN",
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/**
 * What planTransition needs to know of the dossier, read in the same transaction: the dossier's
 * own columns (documented in state.ts) and what is open on it.
 */
export type DossierSnapshot = Pick<
  DossierRow,
  | "status" | "receivedAt" | "clockStartedAt" | "dueAt" | "referenceDueAt" | "deadlinePrecision" | "isDueProvisional"
  | "pausedAt" | "hasApology" | "resolution"
> & {
  /** Stage of the open supplement request, if any. */
  supplementStage: "AT_RECEIPT" | "AFTER_RECEIPT" | null;
  /** Number of steps of the procedure's processing plan. */
  planStepCount: number;
  /** Plan position (1-based) of the current step; 1 for the receipt leg, null before receipt. */
  currentPlanPosition: number | null;
  isCurrentStepOpen: boolean;
  openConsultations: number;
  isRated: boolean;
};

export type ActionInput = {
  reason?: string;
  items?: readonly { name: string; note?: string }[];
  timeLimit?: TimeLimit | null;
  deadlineOptions?: DeadlineOptions;
  question?: string;
  replyText?: string;
  consultationDueAt?: Date;
  amountVnd?: number;
  hasResultDocument?: boolean;
  newDueAt?: Date;
  /** RECOMPUTE_DUE_DATE: the dates replayed from the trail on the calendar as it is now. */
  recomputed?: { dueAt: Date; referenceDueAt: Date; isProvisional: boolean };
};

/** The dates a clock sets: the resident's appointment and the agency's reference, at first equal. */
export type ClockDates = { dueAt: Date; referenceDueAt: Date; isProvisional: boolean };

export type Effect =
  | { type: "ASSIGN_CODE" }
  | {
      type: "START_CLOCK"; clockStartedAt: Date; dueAt: Date; precision: DeadlinePrecision; isProvisional: boolean;
      limit: TimeLimit; hasSameDayCutoff: boolean;
    }
  /** The receipt leg of the control slip, open until the papers reach the processing unit. */
  | { type: "OPEN_RECEIPT_LEG"; dueAt: Date }
  | { type: "PAUSE"; at: Date }
  | { type: "RESUME"; pausedMinutes: number }
  /** A wait for the applicant moves both dates by the working time it took. */
  | ({ type: "EXTEND_DUE"; pausedMinutes: number } & ClockDates)
  | ({ type: "SET_DUE" } & ClockDates)
  | { type: "OPEN_STEP"; planPosition: number; isBounce: boolean }
  | { type: "CLOSE_STEP" }
  | { type: "OPEN_SUPPLEMENT_REQUEST"; stage: "AT_RECEIPT" | "AFTER_RECEIPT" }
  | { type: "CLOSE_SUPPLEMENT_REQUEST" }
  | { type: "OPEN_CONSULTATION" }
  | { type: "CLOSE_CONSULTATION" }
  | { type: "OPEN_PAYMENT" }
  | { type: "CLOSE_PAYMENT" }
  | { type: "SET_RESOLUTION"; resolution: "APPROVED" | "REJECTED" }
  | { type: "FINISH"; timeliness: Timeliness }
  | { type: "RETURN" }
  | { type: "CLOSE" }
  | { type: "MOVE_DUE"; previousDueAt: Date; dueAt: Date; isProvisional: boolean }
  | { type: "RECORD_RATING" }
  /** The head of the unit holding the step gives it to one of the unit's officers. */
  | { type: "SET_HANDLER" };

export type TransitionPlan = { from: DossierStatus; to: DossierStatus; effects: Effect[] };
export type PlanResult = { ok: true; plan: TransitionPlan } | { ok: false; error: ErrorCode };

/**
 * Which agency's officers may take an action: the competent agency only, also the agency where
 * the dossier was handed in (the one-stop desk's own work), or also a consulted agency.
 */
export type ActionScope = "COMPETENT" | "COMPETENT_OR_RECEIVING" | "COMPETENT_OR_CONSULTED";

type Rule = {
  from: readonly DossierStatus[];
  roles: readonly ActorRole[];
  scope: ActionScope;
  /** Narrower roles for some starting statuses. */
  rolesFrom?: Partial<Record<DossierStatus, readonly ActorRole[]>>;
  /** Human-readable requirement, for the documentation table. */
  requires?: string;
};

const OPEN: readonly DossierStatus[] = ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"];
/** Submitted but not received: no code, no clock, not in the received statistics. */
const BEFORE_RECEIPT: readonly DossierStatus[] = ["SUBMITTED", "SUPPLEMENT_BEFORE_RECEIPT"];
/** Received, with a running clock (a supplement wait restarts it, so it is not among them). */
const CLOCKED_OPEN: readonly DossierStatus[] = ["RECEIVED", "IN_PROCESSING", "AWAITING_PAYMENT"];
const OFFICERS: readonly ActorRole[] = ["DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "AGENCY_LEADER"];
const PROCESSORS: readonly ActorRole[] = ["SPECIALIST", "UNIT_HEAD", "AGENCY_LEADER"];

/** The table: which statuses an action starts from and who may take it. */
export const TRANSITIONS: Record<DossierAction, Rule> = {
  // A resident online, or the desk officer filing for a walk-in applicant at the counter.
  SAVE_DRAFT: { from: ["DRAFT"], roles: ["RESIDENT", "DESK_OFFICER"], scope: "COMPETENT_OR_RECEIVING" },
  SUBMIT: { from: ["DRAFT"], roles: ["RESIDENT", "DESK_OFFICER"], scope: "COMPETENT_OR_RECEIVING" },
  RECEIVE: {
    from: ["SUBMITTED"], roles: ["DESK_OFFICER"], scope: "COMPETENT_OR_RECEIVING",
    requires: "a known time limit (computes the appointment)",
  },
  REFUSE_AT_RECEIPT: { from: BEFORE_RECEIPT, roles: ["DESK_OFFICER"], scope: "COMPETENT_OR_RECEIVING", requires: "reason (Mẫu 03)" },
  REQUEST_SUPPLEMENT: {
    from: ["SUBMITTED", "RECEIVED", "IN_PROCESSING"],
    roles: ["DESK_OFFICER", "SPECIALIST", "UNIT_HEAD"],
    // Before receipt only the one-stop desk checks the papers.
    rolesFrom: { SUBMITTED: ["DESK_OFFICER"] },
    scope: "COMPETENT_OR_RECEIVING",
    requires: "reason and every missing paper at once (Mẫu 02); after receipt by the end of the 3rd working day",
  },
  SUPPLEMENT: {
    from: ["SUPPLEMENT_BEFORE_RECEIPT", "SUPPLEMENT_REQUESTED"], roles: ["RESIDENT", "DESK_OFFICER"], scope: "COMPETENT_OR_RECEIVING",
    requires: "before receipt, the desk checks the papers again; after receipt, the clock restarts from zero",
  },
  FORWARD: {
    from: ["RECEIVED", "IN_PROCESSING"], roles: OFFICERS, scope: "COMPETENT_OR_RECEIVING",
    requires: "a next step in the processing plan; the unit holding the dossier",
  },
  COMPLETE_STEP: { from: ["IN_PROCESSING"], roles: PROCESSORS, scope: "COMPETENT", requires: "an open step" },
  // The unit head (or the agency's leader) gives the unit's step to one of its officers.
  ASSIGN: { from: ["IN_PROCESSING"], roles: ["UNIT_HEAD", "AGENCY_LEADER"], scope: "COMPETENT", requires: "an open step; an active officer of its unit" },
  SEND_BACK: { from: ["IN_PROCESSING"], roles: PROCESSORS, scope: "COMPETENT", requires: "reason and a previous processing step (a bounce)" },
  CONSULT: { from: ["IN_PROCESSING"], roles: ["SPECIALIST", "UNIT_HEAD"], scope: "COMPETENT", requires: "question and a reply deadline" },
  RECORD_CONSULTATION_REPLY: {
    from: ["IN_PROCESSING"], roles: PROCESSORS, scope: "COMPETENT_OR_CONSULTED",
    requires: "reply text and an open consultation",
  },
  REQUEST_PAYMENT: { from: ["RECEIVED", "IN_PROCESSING"], roles: ["DESK_OFFICER", "SPECIALIST"], scope: "COMPETENT", requires: "amount > 0" },
  // The desk records cash or transfers; an online payment is confirmed by the payment gateway
  // (SYSTEM), never by the payer's own word.
  RECORD_PAYMENT: { from: ["AWAITING_PAYMENT"], roles: ["DESK_OFFICER", "SYSTEM"], scope: "COMPETENT_OR_RECEIVING" },
  APPROVE: { from: ["IN_PROCESSING"], roles: ["AGENCY_LEADER"], scope: "COMPETENT", requires: "no consultation waiting for a reply" },
  REFUSE_TO_RESOLVE: { from: ["IN_PROCESSING"], roles: ["AGENCY_LEADER"], scope: "COMPETENT", requires: "written reasons" },
  MARK_RESULT_READY: {
    from: ["IN_PROCESSING"],
    roles: ["DESK_OFFICER", "SPECIALIST"],
    scope: "COMPETENT",
    requires: "an approval or refusal, and the result document",
  },
  RETURN_RESULT: { from: ["RESOLVED"], roles: ["DESK_OFFICER"], scope: "COMPETENT_OR_RECEIVING" },
  // The applicant asks; the desk records a request made at the counter by an applicant without
  // an account.
  WITHDRAW: {
    from: [...BEFORE_RECEIPT, ...OPEN], roles: ["RESIDENT", "DESK_OFFICER"], scope: "COMPETENT_OR_RECEIVING",
    requires: "the applicant's request",
  },
  STOP: { from: OPEN, roles: ["AGENCY_LEADER"], scope: "COMPETENT", requires: "reason" },
  ISSUE_APOLOGY: {
    from: ["RECEIVED", "IN_PROCESSING", "AWAITING_PAYMENT"],
    roles: ["AGENCY_LEADER"],
    scope: "COMPETENT",
    requires: "reason; on or before the working day before the deadline; a later working day; once per dossier (Mẫu 04)",
  },
  // The applicant's account, or the rating device at the desk / the lookup-code page (SYSTEM) for
  // an applicant without one (Decree 61/2018 art. 31: the rating is offered with the receipt).
  RATE: { from: ["RETURNED"], roles: ["RESIDENT", "SYSTEM"], scope: "COMPETENT", requires: "not rated yet" },
  // The administrator published the year the appointment rested on: the dates are replayed.
  RECOMPUTE_DUE_DATE: { from: CLOCKED_OPEN, roles: ["SYSTEM"], scope: "COMPETENT", requires: "a provisional appointment" },
};

/** Supplement requests after receipt are allowed within 3 working days of it (docs/domain/workflow.md). */
export const SUPPLEMENT_WINDOW_WORKING_DAYS = 3;

/** Closing time of the 3rd working day after the day of receipt. */
export function supplementWindowEnd(receivedAt: Date, context: CalendarContext): Date {
  const lastDay = nthWorkingDayAfter(toLocal(receivedAt).date, SUPPLEMENT_WINDOW_WORKING_DAYS, context);
  return fromLocal(lastDay, closingMinute(context.hours));
}

const fail = (error: ErrorCode): PlanResult => ({ ok: false, error });
const succeed = (from: DossierStatus, to: DossierStatus, effects: Effect[]): PlanResult => ({
  ok: true,
  plan: { from, to, effects },
});
const hasText = (text: string | undefined) => typeof text === "string" && text.trim().length > 0;

/** Why a role may not take an action in a status, or null when the table allows it. */
function refusal(status: DossierStatus, action: DossierAction, role: ActorRole): ErrorCode | null {
  const rule = TRANSITIONS[action];
  if (!rule.roles.includes(role)) return "FORBIDDEN";
  if (!rule.from.includes(status)) return "INVALID_TRANSITION";
  const narrower = rule.rolesFrom?.[status];
  return narrower && !narrower.includes(role) ? "FORBIDDEN" : null;
}

export function scopeOf(action: DossierAction): ActionScope {
  return TRANSITIONS[action].scope;
}

export function isActionAllowed(status: DossierStatus, action: DossierAction, role: ActorRole): boolean {
  return refusal(status, action, role) === null;
}

/** The actions a role may take on a dossier in this status (for buttons and API hints). */
export function allowedActions(status: DossierStatus, role: ActorRole): DossierAction[] {
  return DOSSIER_ACTIONS.filter((action) => isActionAllowed(status, action, role));
}

/** A new clock from `now` (receipt, or the complete supplement): both dates from the legal limit. */
function startClock(now: Date, limit: TimeLimit, options: DeadlineOptions, context: CalendarContext): Effect {
  const dueAt = computeDueDate(now, limit, options, context);
  return {
    type: "START_CLOCK", clockStartedAt: now, dueAt, precision: precisionOf(limit.unit),
    isProvisional: isProvisional(now, dueAt, context), limit: { value: limit.value, unit: limit.unit },
    hasSameDayCutoff: Boolean(options.hasSameDayCutoff),
  };
}

/** The later of the two dates a dossier keeps (the apology's is the later when there is one). */
function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** Where the dossier goes back to after a wait: still at the desk, or in processing. */
function resumeStatus(dossier: DossierSnapshot): DossierStatus {
  return (dossier.currentPlanPosition ?? 1) <= 1 ? "RECEIVED" : "IN_PROCESSING";
}

export function planTransition(args: {
  snapshot: DossierSnapshot;
  action: DossierAction;
  role: ActorRole;
  input: ActionInput;
  now: Date;
  context: CalendarContext;
}): PlanResult {
  const { snapshot: dossier, action, role, input, now, context } = args;
  const refused = refusal(dossier.status, action, role);
  if (refused) return fail(refused);
  const from = dossier.status;
  const stay = (effects: Effect[]) => succeed(from, from, effects);

  switch (action) {
    case "SAVE_DRAFT":
      return stay([]);
    case "SUBMIT":
      return succeed(from, "SUBMITTED", []);
    case "RECEIVE": {
      if (!input.timeLimit) return fail("TIME_LIMIT_UNKNOWN");
      const transfer = transferDeadline(now, context);
      return succeed(from, "RECEIVED", [
        { type: "ASSIGN_CODE" },
        startClock(now, input.timeLimit, input.deadlineOptions ?? {}, context),
        { type: "OPEN_RECEIPT_LEG", dueAt: transfer.dueAt },
      ]);
    }
    case "REFUSE_AT_RECEIPT":
      return hasText(input.reason) ? succeed(from, "REFUSED", [{ type: "CLOSE" }]) : fail("REASON_REQUIRED");
    case "REQUEST_SUPPLEMENT": {
      if (!hasText(input.reason)) return fail("REASON_REQUIRED");
      if (!input.items?.length || input.items.some((item) => !hasText(item.name))) return fail("SUPPLEMENT_ITEMS_REQUIRED");
      // Asked at the desk before receipt: the dossier is not received and no clock runs; it is
      // neither the agency's supplement request nor among its received dossiers.
      if (from === "SUBMITTED") {
        return succeed(from, "SUPPLEMENT_BEFORE_RECEIPT", [{ type: "OPEN_SUPPLEMENT_REQUEST", stage: "AT_RECEIPT" }]);
      }
      if (!dossier.receivedAt || now.getTime() > supplementWindowEnd(dossier.receivedAt, context).getTime()) {
        return fail("SUPPLEMENT_WINDOW_CLOSED");
      }
      return succeed(from, "SUPPLEMENT_REQUESTED", [
        { type: "OPEN_SUPPLEMENT_REQUEST", stage: "AFTER_RECEIPT" },
        { type: "PAUSE", at: now },
      ]);
    }
    case "SUPPLEMENT": {
      // Asked at the desk before receipt: the desk checks the papers again (no clock yet).
      if (from === "SUPPLEMENT_BEFORE_RECEIPT") return succeed(from, "SUBMITTED", [{ type: "CLOSE_SUPPLEMENT_REQUEST" }]);
      // Decree 61/2018 art. 17 (kept by Decree 118/2025): the processing time restarts from zero
      // when the complete dossier arrives.
      if (!input.timeLimit) return fail("TIME_LIMIT_UNKNOWN");
      const pausedMinutes = dossier.pausedAt ? workingMinutesBetween(dossier.pausedAt, now, context) : 0;
      return succeed(from, resumeStatus(dossier), [
        { type: "CLOSE_SUPPLEMENT_REQUEST" },
        { type: "RESUME", pausedMinutes },
        startClock(now, input.timeLimit, input.deadlineOptions ?? {}, context),
      ]);
    }
    case "FORWARD": {
      const next = (dossier.currentPlanPosition ?? 1) + 1;
      if (next > dossier.planStepCount) return fail("NO_NEXT_STEP");
      const close: Effect[] = dossier.isCurrentStepOpen ? [{ type: "CLOSE_STEP" }] : [];
      return succeed(from, "IN_PROCESSING", [...close, { type: "OPEN_STEP", planPosition: next, isBounce: false }]);
    }
    case "COMPLETE_STEP":
      return dossier.isCurrentStepOpen ? stay([{ type: "CLOSE_STEP" }]) : fail("STEP_NOT_OPEN");
    case "ASSIGN":
      return dossier.isCurrentStepOpen ? stay([{ type: "SET_HANDLER" }]) : fail("STEP_NOT_OPEN");
    case "SEND_BACK": {
      if (!hasText(input.reason)) return fail("REASON_REQUIRED");
      // Step 1 is the receipt at the one-stop desk; a bounce goes back to a processing step.
      const previous = (dossier.currentPlanPosition ?? 0) - 1;
      if (previous < 2) return fail("NO_PREVIOUS_STEP");
      const close: Effect[] = dossier.isCurrentStepOpen ? [{ type: "CLOSE_STEP" }] : [];
      return stay([...close, { type: "OPEN_STEP", planPosition: previous, isBounce: true }]);
    }
    case "CONSULT":
      if (!hasText(input.question)) return fail("REASON_REQUIRED");
      if (!input.consultationDueAt || input.consultationDueAt.getTime() <= now.getTime()) return fail("VALIDATION");
      return stay([{ type: "OPEN_CONSULTATION" }]);
    case "RECORD_CONSULTATION_REPLY":
      if (dossier.openConsultations < 1) return fail("CONSULTATION_NOT_FOUND");
      return hasText(input.replyText) ? stay([{ type: "CLOSE_CONSULTATION" }]) : fail("VALIDATION");
    case "REQUEST_PAYMENT":
      if (!(typeof input.amountVnd === "number" && Number.isInteger(input.amountVnd) && input.amountVnd > 0)) {
        return fail("PAYMENT_AMOUNT_REQUIRED");
      }
      return succeed(from, "AWAITING_PAYMENT", [{ type: "OPEN_PAYMENT" }, { type: "PAUSE", at: now }]);
    case "RECORD_PAYMENT": {
      // Waiting for the applicant never counts against the agency: the resident's appointment and
      // the date the agency is judged by both move by the working time spent waiting.
      const pausedMinutes = dossier.pausedAt ? workingMinutesBetween(dossier.pausedAt, now, context) : 0;
      const effects: Effect[] = [{ type: "CLOSE_PAYMENT" }, { type: "RESUME", pausedMinutes }];
      if (dossier.dueAt && dossier.referenceDueAt && dossier.clockStartedAt && pausedMinutes > 0) {
        const dueAt = addWorkingMinutes(dossier.dueAt, pausedMinutes, context);
        const referenceDueAt = addWorkingMinutes(dossier.referenceDueAt, pausedMinutes, context);
        // Moved dates stay provisional if the dates they move were: a year published meanwhile makes
        // the new days final, not the old ones (the recompute replays them).
        const provisional = dossier.isDueProvisional || isProvisional(dossier.clockStartedAt, laterOf(dueAt, referenceDueAt), context);
        effects.push({ type: "EXTEND_DUE", pausedMinutes, dueAt, referenceDueAt, isProvisional: provisional });
      }
      return succeed(from, resumeStatus(dossier), effects);
    }
    case "APPROVE":
      if (dossier.openConsultations > 0) return fail("CONSULTATION_PENDING");
      return stay([{ type: "SET_RESOLUTION", resolution: "APPROVED" }]);
    case "REFUSE_TO_RESOLVE":
      return hasText(input.reason) ? stay([{ type: "SET_RESOLUTION", resolution: "REJECTED" }]) : fail("REASON_REQUIRED");
    case "MARK_RESULT_READY": {
      if (!dossier.resolution) return fail("RESOLUTION_REQUIRED");
      if (!input.hasResultDocument) return fail("RESULT_DOCUMENT_REQUIRED");
      // Judged against the reference date: an apology moves the resident's appointment, not the
      // agency's record (the apology is sent because the dossier will be late); waits for the
      // applicant moved both.
      const judgedAgainst = dossier.referenceDueAt ?? dossier.dueAt;
      const timeliness = judgedAgainst
        ? judgeTimeliness(now, { dueAt: judgedAgainst, precision: dossier.deadlinePrecision ?? "DAY" })
        : "ON_TIME";
      // The result goes to the plan's last step, the return at the one-stop desk, which stays
      // open until the applicant has it.
      const returnPosition = dossier.planStepCount;
      if (dossier.currentPlanPosition === returnPosition) return succeed(from, "RESOLVED", [{ type: "FINISH", timeliness }]);
      const close: Effect[] = dossier.isCurrentStepOpen ? [{ type: "CLOSE_STEP" }] : [];
      const open: Effect[] = returnPosition >= 2 ? [{ type: "OPEN_STEP", planPosition: returnPosition, isBounce: false }] : [];
      return succeed(from, "RESOLVED", [...close, ...open, { type: "FINISH", timeliness }]);
    }
    case "RETURN_RESULT": {
      const close: Effect[] = dossier.isCurrentStepOpen ? [{ type: "CLOSE_STEP" }] : [];
      return succeed(from, "RETURNED", [...close, { type: "RETURN" }, { type: "CLOSE" }]);
    }
    case "WITHDRAW":
      return succeed(from, "WITHDRAWN", [{ type: "CLOSE" }]);
    case "STOP":
      return hasText(input.reason) ? succeed(from, "STOPPED", [{ type: "CLOSE" }]) : fail("REASON_REQUIRED");
    case "ISSUE_APOLOGY":
      return planApology(dossier, input, now, context);
    case "RATE":
      return dossier.isRated ? fail("ALREADY_RATED") : stay([{ type: "RECORD_RATING" }]);
    case "RECOMPUTE_DUE_DATE":
      if (!input.recomputed) return fail("VALIDATION");
      return stay([{ type: "SET_DUE", ...input.recomputed }]);
  }
}

/**
 * Apology and new appointment (Mẫu 04): sent at least one working day before the deadline, to a
 * later working day, and only once per dossier.
 */
function planApology(dossier: DossierSnapshot, input: ActionInput, now: Date, context: CalendarContext): PlanResult {
  if (!hasText(input.reason)) return fail("REASON_REQUIRED");
  if (dossier.hasApology) return fail("APOLOGY_ALREADY_ISSUED");
  if (!dossier.dueAt) return fail("INVALID_TRANSITION");
  // "At least one day before the deadline": on the working day before the due date at the latest.
  if (toLocal(now).date > previousWorkingDay(toLocal(dossier.dueAt).date, context)) return fail("APOLOGY_TOO_LATE");
  const newDueAt = input.newDueAt;
  if (!newDueAt) return fail("APOLOGY_DATE_INVALID");
  const newDate = toLocal(newDueAt);
  const isWithinHours = context.hours.periods.some(([start, end]) => newDate.minuteOfDay >= start && newDate.minuteOfDay <= end);
  if (newDate.date <= toLocal(dossier.dueAt).date || !context.calendar.isWorkingDay(newDate.date) || !isWithinHours) {
    return fail("APOLOGY_DATE_INVALID");
  }
  const start = dossier.clockStartedAt ?? dossier.receivedAt ?? now;
  return {
    ok: true,
    plan: {
      from: dossier.status,
      to: dossier.status,
      effects: [{ type: "MOVE_DUE", previousDueAt: dossier.dueAt, dueAt: newDueAt, isProvisional: dossier.isDueProvisional || isProvisional(start, newDueAt, context) }],
    },
  };
}
