import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ACTOR_ROLES,
  allowedActions,
  DOSSIER_ACTIONS,
  DOSSIER_STATUSES,
  FINAL_STATUSES,
  isActionAllowed,
  NATIONAL_STATUS_CODE,
  planTransition,
  TRANSITIONS,
  type ActionInput,
  type DossierAction,
  type DossierSnapshot,
  type DossierStatus,
} from "@/lib/dossiers/workflow";
import { context2026, hanoi } from "../../support/calendar";

const now = hanoi("2026-03-10 09:00");

/** A dossier in `status` that meets every precondition an action can have. */
function readySnapshot(status: DossierStatus): DossierSnapshot {
  const isReceived = !["DRAFT", "SUBMITTED", "SUPPLEMENT_BEFORE_RECEIPT"].includes(status);
  return {
    status,
    receivedAt: isReceived ? hanoi("2026-03-09 09:00") : null,
    clockStartedAt: isReceived ? hanoi("2026-03-09 09:00") : null,
    dueAt: isReceived ? hanoi("2026-03-20 09:00") : null,
    referenceDueAt: isReceived ? hanoi("2026-03-20 09:00") : null,
    deadlinePrecision: isReceived ? "DAY" : null,
    isDueProvisional: false,
    pausedAt: status === "AWAITING_PAYMENT" || status === "SUPPLEMENT_REQUESTED" ? hanoi("2026-03-09 15:00") : null,
    hasApology: false,
    resolution: "APPROVED",
    supplementStage: status === "SUPPLEMENT_REQUESTED" ? "AFTER_RECEIPT" : status === "SUPPLEMENT_BEFORE_RECEIPT" ? "AT_RECEIPT" : null,
    planStepCount: 5,
    currentPlanPosition: status === "IN_PROCESSING" ? 3 : isReceived ? 1 : null,
    isCurrentStepOpen: status === "IN_PROCESSING",
    openConsultations: 0,
    isRated: false,
  };
}

const fullInput: ActionInput = {
  reason: "Lý do cụ thể",
  items: [{ name: "Giấy chứng sinh", note: "bản chính" }],
  timeLimit: { value: 5, unit: "WORKING_DAYS" },
  question: "Xin ý kiến về nguồn gốc đất",
  replyText: "Đồng ý",
  consultationDueAt: hanoi("2026-03-13 17:00"),
  amountVnd: 50_000,
  hasResultDocument: true,
  newDueAt: hanoi("2026-03-25 17:00"),
  recomputed: { dueAt: hanoi("2026-03-23 09:00"), referenceDueAt: hanoi("2026-03-23 09:00"), isProvisional: false },
};

function plan(snapshot: DossierSnapshot, action: DossierAction, role: (typeof ACTOR_ROLES)[number], input = fullInput) {
  return planTransition({ snapshot, action, role, input, now, context: context2026 });
}

describe("every (status, action, role)", () => {
  const combos = DOSSIER_STATUSES.flatMap((status) =>
    DOSSIER_ACTIONS.flatMap((action) => ACTOR_ROLES.map((role) => ({ status, action, role }))),
  );

  it.each(combos)("$status · $action · $role", ({ status, action, role }) => {
    const snapshot = readySnapshot(status);
    if (action === "RECORD_CONSULTATION_REPLY") snapshot.openConsultations = 1;
    const result = plan(snapshot, action, role);
    if (isActionAllowed(status, action, role)) {
      expect(result).toMatchObject({ ok: true });
    } else {
      const expected = TRANSITIONS[action].roles.includes(role) && !TRANSITIONS[action].from.includes(status)
        ? "INVALID_TRANSITION"
        : "FORBIDDEN";
      expect(result).toEqual({ ok: false, error: expected });
    }
  });

  // Written by hand from the law (docs/domain/workflow.md), independently of the table it checks.
  it.each([
    ["RECEIVE", ["DESK_OFFICER"]],
    ["REFUSE_AT_RECEIPT", ["DESK_OFFICER"]],
    ["RETURN_RESULT", ["DESK_OFFICER"]],
    ["APPROVE", ["AGENCY_LEADER"]],
    ["REFUSE_TO_RESOLVE", ["AGENCY_LEADER"]],
    ["STOP", ["AGENCY_LEADER"]],
    ["ISSUE_APOLOGY", ["AGENCY_LEADER"]],
    ["RECORD_PAYMENT", ["DESK_OFFICER", "SYSTEM"]],
    // The desk files for a walk-in applicant and records a withdrawal asked for at the counter.
    ["SUBMIT", ["RESIDENT", "DESK_OFFICER"]],
    ["WITHDRAW", ["RESIDENT", "DESK_OFFICER"]],
    // An applicant without an account rates at the desk's device or the lookup-code page.
    ["RATE", ["RESIDENT", "SYSTEM"]],
    ["RECOMPUTE_DUE_DATE", ["SYSTEM"]],
  ] as const)("only %s's rightful roles may take it: %j", (action, roles) => {
    const allowed = ACTOR_ROLES.filter((role) => DOSSIER_STATUSES.some((status) => isActionAllowed(status, action, role)));
    expect(allowed.sort()).toEqual([...roles].sort());
  });

  it("maps every status but the draft to the national codes 1–10; not received yet is still a 1", () => {
    const codes = DOSSIER_STATUSES.map((status) => NATIONAL_STATUS_CODE[status]).filter((code) => code !== null);
    expect(codes.sort((a, b) => a! - b!)).toEqual([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(NATIONAL_STATUS_CODE.SUPPLEMENT_BEFORE_RECEIPT).toBe(NATIONAL_STATUS_CODE.SUBMITTED);
  });

  it("offers no action on a final status except rating a returned result", () => {
    for (const status of FINAL_STATUSES) {
      const actions = [...new Set(ACTOR_ROLES.flatMap((role) => allowedActions(status, role)))];
      expect(actions).toEqual(status === "RETURNED" ? ["RATE"] : []);
    }
  });
});

describe("what each action requires", () => {
  const cases: { name: string; status: DossierStatus; action: DossierAction; role: (typeof ACTOR_ROLES)[number]; input?: ActionInput; patch?: Partial<DossierSnapshot>; error: string }[] = [
    { name: "refusal at receipt needs a reason", status: "SUBMITTED", action: "REFUSE_AT_RECEIPT", role: "DESK_OFFICER", input: { reason: "  " }, error: "REASON_REQUIRED" },
    { name: "receipt needs a known time limit", status: "SUBMITTED", action: "RECEIVE", role: "DESK_OFFICER", input: { timeLimit: null }, error: "TIME_LIMIT_UNKNOWN" },
    { name: "a supplement request lists the papers", status: "IN_PROCESSING", action: "REQUEST_SUPPLEMENT", role: "SPECIALIST", input: { reason: "Thiếu giấy tờ", items: [] }, error: "SUPPLEMENT_ITEMS_REQUIRED" },
    { name: "a specialist cannot ask for papers before receipt", status: "SUBMITTED", action: "REQUEST_SUPPLEMENT", role: "SPECIALIST", error: "FORBIDDEN" },
    { name: "no supplement request after 3 working days from receipt", status: "IN_PROCESSING", action: "REQUEST_SUPPLEMENT", role: "SPECIALIST", patch: { receivedAt: hanoi("2026-03-04 09:00") }, error: "SUPPLEMENT_WINDOW_CLOSED" },
    { name: "sending back needs a reason", status: "IN_PROCESSING", action: "SEND_BACK", role: "UNIT_HEAD", input: {}, error: "REASON_REQUIRED" },
    { name: "no bounce from the first processing step", status: "IN_PROCESSING", action: "SEND_BACK", role: "UNIT_HEAD", patch: { currentPlanPosition: 2 }, error: "NO_PREVIOUS_STEP" },
    { name: "no forward past the last step", status: "IN_PROCESSING", action: "FORWARD", role: "UNIT_HEAD", patch: { currentPlanPosition: 5 }, error: "NO_NEXT_STEP" },
    { name: "no approval while a consulted agency has not replied", status: "IN_PROCESSING", action: "APPROVE", role: "AGENCY_LEADER", patch: { openConsultations: 1 }, error: "CONSULTATION_PENDING" },
    { name: "the result needs a decision", status: "IN_PROCESSING", action: "MARK_RESULT_READY", role: "SPECIALIST", patch: { resolution: null }, error: "RESOLUTION_REQUIRED" },
    { name: "the result needs its document", status: "IN_PROCESSING", action: "MARK_RESULT_READY", role: "SPECIALIST", input: { hasResultDocument: false }, error: "RESULT_DOCUMENT_REQUIRED" },
    { name: "an apology only once", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", patch: { hasApology: true }, error: "APOLOGY_ALREADY_ISSUED" },
    { name: "an apology at least one working day ahead", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", patch: { dueAt: hanoi("2026-03-10 16:00") }, error: "APOLOGY_TOO_LATE" },
    { name: "an apology after the deadline is too late", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", patch: { dueAt: hanoi("2026-03-09 16:00") }, error: "APOLOGY_TOO_LATE" },
    { name: "the new appointment is later", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", input: { ...fullInput, newDueAt: hanoi("2026-03-19 09:00") }, error: "APOLOGY_DATE_INVALID" },
    { name: "the new appointment is a later day, not a later hour", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", input: { ...fullInput, newDueAt: hanoi("2026-03-20 16:00") }, error: "APOLOGY_DATE_INVALID" },
    { name: "the new appointment is within working hours", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", input: { ...fullInput, newDueAt: hanoi("2026-03-25 23:00") }, error: "APOLOGY_DATE_INVALID" },
    { name: "the new appointment is a working day", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", input: { ...fullInput, newDueAt: hanoi("2026-03-22 10:00") }, error: "APOLOGY_DATE_INVALID" },
    { name: "the new appointment is not at night", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", input: { ...fullInput, newDueAt: hanoi("2026-03-25 02:00") }, error: "APOLOGY_DATE_INVALID" },
    { name: "the new appointment is not in the lunch break", status: "IN_PROCESSING", action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", input: { ...fullInput, newDueAt: hanoi("2026-03-25 12:30") }, error: "APOLOGY_DATE_INVALID" },
    { name: "a payment request states the amount", status: "IN_PROCESSING", action: "REQUEST_PAYMENT", role: "SPECIALIST", input: { amountVnd: 0 }, error: "PAYMENT_AMOUNT_REQUIRED" },
    { name: "a dossier is rated once", status: "RETURNED", action: "RATE", role: "RESIDENT", patch: { isRated: true }, error: "ALREADY_RATED" },
    { name: "stopping needs a reason", status: "IN_PROCESSING", action: "STOP", role: "AGENCY_LEADER", input: {}, error: "REASON_REQUIRED" },
    { name: "only a unit head or the leader assigns", status: "IN_PROCESSING", action: "ASSIGN", role: "SPECIALIST", error: "FORBIDDEN" },
    { name: "the desk does not assign inside a unit", status: "IN_PROCESSING", action: "ASSIGN", role: "DESK_OFFICER", error: "FORBIDDEN" },
    { name: "an assignment needs an open step", status: "IN_PROCESSING", action: "ASSIGN", role: "UNIT_HEAD", patch: { isCurrentStepOpen: false }, error: "STEP_NOT_OPEN" },
  ];

  it.each(cases)("$name", ({ status, action, role, input, patch, error }) => {
    const result = plan({ ...readySnapshot(status), ...patch }, action, role, input ?? fullInput);
    expect(result).toEqual({ ok: false, error });
  });

  it("an assignment keeps the status and only sets the handler", () => {
    expect(plan(readySnapshot("IN_PROCESSING"), "ASSIGN", "UNIT_HEAD")).toEqual({ ok: true, plan: { from: "IN_PROCESSING", to: "IN_PROCESSING", effects: [{ type: "SET_HANDLER" }] } });
  });

  it("receipt assigns the code and the appointment", () => {
    const result = plan(readySnapshot("SUBMITTED"), "RECEIVE", "DESK_OFFICER");
    expect(result.ok && result.plan.effects.map((effect) => effect.type)).toEqual(["ASSIGN_CODE", "START_CLOCK", "OPEN_RECEIPT_LEG"]);
  });

  it("a complete supplement restarts the clock from zero", () => {
    const result = plan(readySnapshot("SUPPLEMENT_REQUESTED"), "SUPPLEMENT", "RESIDENT");
    expect(result.ok).toBe(true);
    const start = result.ok ? result.plan.effects.find((effect) => effect.type === "START_CLOCK") : undefined;
    // 5 working days from Tue 10 Mar 09:00, not from the first receipt.
    expect(start).toMatchObject({ clockStartedAt: now, dueAt: hanoi("2026-03-17 09:00") });
  });

  it("a supplement asked at the desk before receipt keeps the dossier unreceived, then back to the desk", () => {
    expect(plan(readySnapshot("SUBMITTED"), "REQUEST_SUPPLEMENT", "DESK_OFFICER")).toMatchObject({
      ok: true, plan: { to: "SUPPLEMENT_BEFORE_RECEIPT", effects: [{ type: "OPEN_SUPPLEMENT_REQUEST", stage: "AT_RECEIPT" }] },
    });
    expect(plan(readySnapshot("SUPPLEMENT_BEFORE_RECEIPT"), "SUPPLEMENT", "RESIDENT")).toMatchObject({ ok: true, plan: { to: "SUBMITTED" } });
  });

  it("waiting for payment moves the appointment and the agency's reference date by the time waited", () => {
    const result = plan(readySnapshot("AWAITING_PAYMENT"), "RECORD_PAYMENT", "DESK_OFFICER");
    // Paused Mon 9 Mar 15:00 → Tue 10 Mar 09:00: 3 working hours.
    expect(result.ok && result.plan.effects).toContainEqual({
      type: "EXTEND_DUE", pausedMinutes: 180, dueAt: hanoi("2026-03-20 12:00"), referenceDueAt: hanoi("2026-03-20 12:00"), isProvisional: false,
    });
  });

  it("moved dates stay provisional when the dates they move were, even once the year is published", () => {
    const snapshot = { ...readySnapshot("AWAITING_PAYMENT"), isDueProvisional: true };
    const result = plan(snapshot, "RECORD_PAYMENT", "DESK_OFFICER");
    expect(result.ok && result.plan.effects).toContainEqual(expect.objectContaining({ type: "EXTEND_DUE", isProvisional: true }));
    const apology = plan({ ...readySnapshot("IN_PROCESSING"), isDueProvisional: true }, "ISSUE_APOLOGY", "AGENCY_LEADER");
    expect(apology.ok && apology.plan.effects).toContainEqual(expect.objectContaining({ type: "MOVE_DUE", isProvisional: true }));
  });

  it("an apology moves the appointment but not the verdict: finished after the reference date is late", () => {
    const snapshot = { ...readySnapshot("IN_PROCESSING"), referenceDueAt: hanoi("2026-03-09 17:00"), dueAt: hanoi("2026-03-20 17:00"), hasApology: true };
    const result = plan(snapshot, "MARK_RESULT_READY", "SPECIALIST");
    expect(result.ok && result.plan.effects).toContainEqual({ type: "FINISH", timeliness: "LATE" });
  });

  it("an apology the working day before a mid-day deadline is in time", () => {
    // Due Wednesday 11 Mar 10:00; issued Tuesday 10 Mar 14:00, less than 8 working hours ahead.
    const snapshot = { ...readySnapshot("IN_PROCESSING"), dueAt: hanoi("2026-03-11 10:00") };
    const at = planTransition({ snapshot, action: "ISSUE_APOLOGY", role: "AGENCY_LEADER", input: fullInput, now: hanoi("2026-03-10 14:00"), context: context2026 });
    expect(at).toMatchObject({ ok: true });
  });

  it("a supplement may be asked until closing time of the 3rd working day after receipt", () => {
    const snapshot = { ...readySnapshot("IN_PROCESSING"), receivedAt: hanoi("2026-03-04 09:00") };
    const ask = (now: string) =>
      planTransition({ snapshot, action: "REQUEST_SUPPLEMENT", role: "SPECIALIST", input: fullInput, now: hanoi(now), context: context2026 });
    expect(ask("2026-03-09 16:59")).toMatchObject({ ok: true });
    expect(ask("2026-03-09 17:01")).toEqual({ ok: false, error: "SUPPLEMENT_WINDOW_CLOSED" });
  });

  it("only the desk or the payment gateway records a payment, never the payer", () => {
    expect(plan(readySnapshot("AWAITING_PAYMENT"), "RECORD_PAYMENT", "RESIDENT")).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(plan(readySnapshot("AWAITING_PAYMENT"), "RECORD_PAYMENT", "SYSTEM")).toMatchObject({ ok: true });
  });

  it("a late result is classified late", () => {
    const snapshot = { ...readySnapshot("IN_PROCESSING"), dueAt: hanoi("2026-03-09 17:00"), referenceDueAt: hanoi("2026-03-09 17:00") };
    const result = plan(snapshot, "MARK_RESULT_READY", "SPECIALIST");
    expect(result.ok && result.plan.effects).toContainEqual({ type: "FINISH", timeliness: "LATE" });
  });

  it("hours mean hours: 4 hours from 08:00 are due at 12:00, and 16:30 the same day is late", () => {
    const snapshot: DossierSnapshot = {
      ...readySnapshot("IN_PROCESSING"), clockStartedAt: hanoi("2026-03-10 08:00"), dueAt: hanoi("2026-03-10 12:00"),
      referenceDueAt: hanoi("2026-03-10 12:00"), deadlinePrecision: "INSTANT",
    };
    const finish = (at: string) => planTransition({ snapshot, action: "MARK_RESULT_READY", role: "SPECIALIST", input: fullInput, now: hanoi(at), context: context2026 });
    expect(finish("2026-03-10 16:30")).toMatchObject({ ok: true, plan: { effects: expect.arrayContaining([{ type: "FINISH", timeliness: "LATE" }]) } });
    expect(finish("2026-03-10 11:59")).toMatchObject({ ok: true, plan: { effects: expect.arrayContaining([{ type: "FINISH", timeliness: "ON_TIME" }]) } });
    // Days are judged by the date: the same dossier with a limit in days is on time at 16:30.
    const byDay = planTransition({ snapshot: { ...snapshot, deadlinePrecision: "DAY" }, action: "MARK_RESULT_READY", role: "SPECIALIST", input: fullInput, now: hanoi("2026-03-10 16:30"), context: context2026 });
    expect(byDay).toMatchObject({ ok: true, plan: { effects: expect.arrayContaining([{ type: "FINISH", timeliness: "ON_TIME" }]) } });
  });

  it("the receipt opens the desk-to-unit leg with its legal deadline", () => {
    const receive = (at: string) => planTransition({ snapshot: readySnapshot("SUBMITTED"), action: "RECEIVE", role: "DESK_OFFICER", input: fullInput, now: hanoi(at), context: context2026 });
    expect(receive("2026-03-10 15:00")).toMatchObject({ ok: true, plan: { effects: expect.arrayContaining([{ type: "OPEN_RECEIPT_LEG", dueAt: hanoi("2026-03-10 17:00") }]) } });
    expect(receive("2026-03-10 15:01")).toMatchObject({ ok: true, plan: { effects: expect.arrayContaining([{ type: "OPEN_RECEIPT_LEG", dueAt: hanoi("2026-03-11 12:00") }]) } });
  });
});

describe("random sequences of allowed actions", () => {
  const step = fc.record({
    action: fc.constantFrom(...DOSSIER_ACTIONS),
    role: fc.constantFrom(...ACTOR_ROLES),
    minutesLater: fc.integer({ min: 1, max: 3 * 24 * 60 }),
  });

  it("are exactly what the table allows", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let snapshot: DossierSnapshot = { ...readySnapshot("DRAFT"), resolution: null };
        let clock = hanoi("2026-03-02 08:30");
        for (const { action, role, minutesLater } of steps) {
          clock = new Date(clock.getTime() + minutesLater * 60_000);
          const result = planTransition({ snapshot, action, role, input: fullInput, now: clock, context: context2026 });
          if (!result.ok) continue;
          expect(isActionAllowed(snapshot.status, action, role)).toBe(true);
          expect(TRANSITIONS[action].from).toContain(snapshot.status);
          snapshot = { ...snapshot, status: result.plan.to };
        }
      }),
      { numRuns: 200 },
    );
  });
});
