// The engine in memory (transition-core.ts): the same decisions and rows the commands persist,
// walked without a database. Random walks keep every invariant, a verifiable trail, dates that a
// replay of the trail gives back, and counters that only received dossiers reach.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatLocalIso } from "@/lib/calendar";
import type { Actor } from "@/lib/dossiers/actor";
import { replayDeadline } from "@/lib/dossiers/deadline-replay";
import type { ActionRequest } from "@/lib/dossiers/requests";
import type { DossierState } from "@/lib/dossiers/state";
import { verifyTrail } from "@/lib/dossiers/trail";
import { isAppError } from "@/lib/errors";
import { context2026, hanoi } from "../../support/calendar";
import { ACTORS, MemoryDossier, OTHER_AGENCY, RESULT } from "./memory-world";

const CLOCKED = ["RECEIVED", "IN_PROCESSING", "AWAITING_PAYMENT", "RESOLVED", "RETURNED"];
const UNRECEIVED = ["DRAFT", "SUBMITTED", "SUPPLEMENT_BEFORE_RECEIPT"];
const FINAL = ["REFUSED", "WITHDRAWN", "STOPPED", "RETURNED"];

/** The invariants every reachable dossier keeps; returns the broken ones (empty when valid). */
function brokenInvariants(state: DossierState): string[] {
  const { dossier } = state;
  const broken: string[] = [];
  if (CLOCKED.includes(dossier.status) && !(dossier.code && dossier.receivedAt && dossier.dueAt && dossier.referenceDueAt)) broken.push("clocked without code or dates");
  if (UNRECEIVED.includes(dossier.status) && (dossier.code || dossier.receivedAt)) broken.push("code before receipt");
  const stages = state.openSupplementRequests.map((open) => open.stage);
  if (dossier.status === "SUPPLEMENT_REQUESTED" && !(stages.includes("AFTER_RECEIPT") && dossier.pausedAt)) broken.push("supplement wait without request or pause");
  if (dossier.status === "SUPPLEMENT_BEFORE_RECEIPT" && !stages.includes("AT_RECEIPT")) broken.push("desk supplement without request");
  if (!dossier.status.startsWith("SUPPLEMENT") && !FINAL.includes(dossier.status) && stages.length > 0) broken.push("request left open");
  if (dossier.status === "AWAITING_PAYMENT" && !(dossier.pausedAt && state.openPaymentIds.length === 1)) broken.push("payment wait without pause");
  if (["RESOLVED", "RETURNED"].includes(dossier.status) && !(dossier.resolution && dossier.timeliness)) broken.push("resolved without decision");
  if (dossier.referenceDueAt && dossier.dueAt && dossier.referenceDueAt > dossier.dueAt) broken.push("reference after the appointment");
  const openLegs = state.steps.filter((step) => step.kind !== "CONSULTATION" && !step.completedAt);
  if (openLegs.length > 1) broken.push("two open legs");
  if (openLegs.length === 1 && openLegs[0]!.id !== dossier.currentStepId) broken.push("an open leg nobody holds");
  if (FINAL.includes(dossier.status) && (dossier.currentStepId || state.steps.some((step) => !step.completedAt))) broken.push("closed with an open leg");
  if (state.steps.some((step, index) => step.sequence !== index + 1)) broken.push("slip out of sequence");
  if (state.steps.some((step) => step.completedAt && !step.outcome)) broken.push("leg closed without a verdict");
  return broken;
}

type Move = { actor: keyof typeof ACTORS; request: (state: DossierState, now: Date) => ActionRequest };
const MOVES: Move[] = [
  { actor: "resident", request: () => ({ action: "SUBMIT" }) },
  { actor: "desk", request: () => ({ action: "RECEIVE" }) },
  { actor: "desk", request: () => ({ action: "REFUSE_AT_RECEIPT", reason: "Không thuộc thẩm quyền" }) },
  { actor: "desk", request: () => ({ action: "REQUEST_SUPPLEMENT", reason: "Thiếu giấy tờ", items: [{ name: "Tờ khai" }] }) },
  { actor: "specialist", request: () => ({ action: "REQUEST_SUPPLEMENT", reason: "Thiếu giấy tờ", items: [{ name: "Tờ khai" }] }) },
  { actor: "resident", request: () => ({ action: "SUPPLEMENT" }) },
  { actor: "desk", request: () => ({ action: "FORWARD" }) },
  { actor: "specialist", request: () => ({ action: "FORWARD" }) },
  { actor: "head", request: () => ({ action: "FORWARD" }) },
  { actor: "leader", request: () => ({ action: "FORWARD" }) },
  { actor: "specialist", request: () => ({ action: "COMPLETE_STEP" }) },
  { actor: "head", request: () => ({ action: "SEND_BACK", reason: "Chưa đủ căn cứ" }) },
  { actor: "specialist", request: (_state, now) => ({ action: "CONSULT", agencyId: OTHER_AGENCY, question: "Xác minh", dueAt: new Date(now.getTime() + 2 * 86_400_000) }) },
  { actor: "consulted", request: (state) => ({ action: "RECORD_CONSULTATION_REPLY", consultationId: state.openConsultations[0]?.id ?? "none", reply: "Đồng ý" }) },
  { actor: "specialist", request: () => ({ action: "REQUEST_PAYMENT", amountVnd: 50_000, reason: "Lệ phí" }) },
  { actor: "desk", request: () => ({ action: "RECORD_PAYMENT", method: "CASH" }) },
  { actor: "system", request: (_state, now) => ({ action: "RECORD_PAYMENT", method: "ONLINE", reference: `PAY-${now.getTime()}` }) },
  { actor: "leader", request: () => ({ action: "APPROVE" }) },
  { actor: "leader", request: () => ({ action: "REFUSE_TO_RESOLVE", reason: "Không đủ điều kiện" }) },
  { actor: "desk", request: () => ({ action: "MARK_RESULT_READY", resultDocument: RESULT }) },
  { actor: "desk", request: () => ({ action: "RETURN_RESULT" }) },
  { actor: "resident", request: () => ({ action: "WITHDRAW" }) },
  { actor: "leader", request: () => ({ action: "STOP", reason: "Theo đề nghị của cơ quan điều tra" }) },
  { actor: "leader", request: (state) => ({ action: "ISSUE_APOLOGY", reason: "Chờ liên thông", newDueAt: new Date((state.dossier.dueAt ?? new Date(0)).getTime() + 7 * 86_400_000) }) },
  { actor: "resident", request: () => ({ action: "RATE", rating: { overall: "SATISFIED" } }) },
];
// The common path is drawn more often, so that most walks get deep into processing.
const COMMON = [0, 1, 1, 6, 7, 8, 9, 9, 17, 19, 20];

describe("random walks through the engine in memory", () => {
  it("keep every invariant, a trail that verifies and dates the trail replays", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(fc.record({ move: fc.oneof(fc.nat(MOVES.length - 1), fc.constantFrom(...COMMON)), minutes: fc.integer({ min: 5, max: 2 * 24 * 60 }) }), { minLength: 3, maxLength: 30 }),
        fc.constantFrom<"WORKING_DAYS" | "HOURS" | "CALENDAR_DAYS">("WORKING_DAYS", "HOURS", "CALENDAR_DAYS"),
        (walk, unit) => {
          let now = hanoi("2026-03-02 08:00");
          const dossier = new MemoryDossier(now, context2026, { timeLimit: { value: unit === "HOURS" ? 16 : 5, unit } });
          for (const { move, minutes } of walk) {
            now = new Date(now.getTime() + minutes * 60_000);
            const { actor, request } = MOVES[move]!;
            const before = dossier.state;
            try {
              dossier.act(ACTORS[actor], request(dossier.state, now), now);
            } catch (error) {
              if (!isAppError(error)) throw error;
              expect(dossier.state).toBe(before);
            }
            expect(brokenInvariants(dossier.state)).toEqual([]);
          }
          reached.add(dossier.state.dossier.status);
          const { dossier: row } = dossier.state;
          expect(verifyTrail(dossier.events, row)).toEqual({ isValid: true, events: row.version + 1 });
          const replayed = replayDeadline(dossier.events, context2026);
          if (row.receivedAt) {
            expect(replayed && { dueAt: replayed.dueAt, referenceDueAt: replayed.referenceDueAt, isProvisional: replayed.isProvisional }).toEqual({
              dueAt: row.dueAt, referenceDueAt: row.referenceDueAt, isProvisional: row.isDueProvisional,
            });
          }
          // A dossier never received is in no received figure.
          const counters = dossier.outcomes.flatMap((outcome) => outcome.counters);
          if (!row.receivedAt) expect(counters.filter((counter) => counter !== "refused")).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
    expect(reached.size).toBeGreaterThanOrEqual(6);
  });
});

describe("the law's cases, walked through the engine", () => {
  it("apology then payment: the wait moves the agency's date too, so the result on 17 Mar is not late", () => {
    const dossier = new MemoryDossier(hanoi("2026-03-09 08:00"), context2026);
    dossier.act(ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-09 08:30"));
    dossier.act(ACTORS.desk, { action: "RECEIVE" }, hanoi("2026-03-09 09:00"));
    expect(formatLocalIso(dossier.state.dossier.dueAt!)).toBe("2026-03-16T09:00:00+07:00");
    dossier.act(ACTORS.desk, { action: "FORWARD" }, hanoi("2026-03-09 10:00"));
    dossier.act(ACTORS.leader, { action: "ISSUE_APOLOGY", reason: "Chờ xác minh", newDueAt: hanoi("2026-03-20 17:00") }, hanoi("2026-03-11 10:00"));
    dossier.act(ACTORS.specialist, { action: "REQUEST_PAYMENT", amountVnd: 100_000, reason: "Lệ phí" }, hanoi("2026-03-12 09:00"));
    dossier.act(ACTORS.desk, { action: "RECORD_PAYMENT", method: "CASH" }, hanoi("2026-03-17 09:00"));
    // 24 working hours waited (Thu 12 Mar 09:00 → Tue 17 Mar 09:00): both dates move by three working days.
    expect(formatLocalIso(dossier.state.dossier.referenceDueAt!)).toBe("2026-03-19T09:00:00+07:00");
    expect(formatLocalIso(dossier.state.dossier.dueAt!)).toBe("2026-03-25T17:00:00+07:00");
    dossier.act(ACTORS.specialist, { action: "FORWARD" }, hanoi("2026-03-17 09:30"));
    dossier.act(ACTORS.head, { action: "FORWARD" }, hanoi("2026-03-17 10:00"));
    dossier.act(ACTORS.leader, { action: "APPROVE" }, hanoi("2026-03-17 10:30"));
    const finished = dossier.act(ACTORS.desk, { action: "MARK_RESULT_READY", resultDocument: RESULT }, hanoi("2026-03-17 11:00"));
    expect(dossier.state.dossier.timeliness).toBe("EARLY");
    expect(finished.counters).toEqual(["resolvedEarly"]);
  });

  it("a supplement asked at the desk, then a withdrawal, counts nowhere among received dossiers", () => {
    const dossier = new MemoryDossier(hanoi("2026-03-09 08:00"), context2026);
    dossier.act(ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-09 08:30"));
    const asked = dossier.act(ACTORS.desk, { action: "REQUEST_SUPPLEMENT", reason: "Thiếu bản sao", items: [{ name: "CCCD" }] }, hanoi("2026-03-09 09:00"));
    expect(dossier.state.dossier.status).toBe("SUPPLEMENT_BEFORE_RECEIPT");
    const withdrawn = dossier.act(ACTORS.resident, { action: "WITHDRAW" }, hanoi("2026-03-10 09:00"));
    expect([...asked.counters, ...withdrawn.counters]).toEqual([]);
    // Out of the status counts too: it leaves "submitted" (not counted) and is not a withdrawal.
    expect(withdrawn.statusMoves).toEqual([{ status: "SUPPLEMENT_BEFORE_RECEIPT", delta: -1 }]);
    expect(dossier.state.dossier.supplementCount).toBe(0);
  });

  it("measures the desk-to-unit leg: received after 15:00 and handed over the next afternoon is late", () => {
    const onTime = new MemoryDossier(hanoi("2026-03-09 08:00"), context2026);
    onTime.act(ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-09 08:30"));
    onTime.act(ACTORS.desk, { action: "RECEIVE" }, hanoi("2026-03-09 15:30"));
    onTime.act(ACTORS.desk, { action: "FORWARD" }, hanoi("2026-03-10 11:00"));
    expect(onTime.state.steps[0]).toMatchObject({ kind: "RECEIPT", dueAt: hanoi("2026-03-10 12:00"), completedAt: hanoi("2026-03-10 11:00"), outcome: "ON_TIME" });

    const late = new MemoryDossier(hanoi("2026-03-09 08:00"), context2026);
    late.act(ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-09 08:30"));
    late.act(ACTORS.desk, { action: "RECEIVE" }, hanoi("2026-03-09 15:30"));
    late.act(ACTORS.desk, { action: "FORWARD" }, hanoi("2026-03-10 14:00"));
    expect(late.state.steps[0]).toMatchObject({ kind: "RECEIPT", outcome: "LATE" });
  });

  it("a dossier withdrawn while waiting for payment does not make the unit late for the wait", () => {
    const dossier = new MemoryDossier(hanoi("2026-03-09 08:00"), context2026);
    dossier.act(ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-09 08:30"));
    dossier.act(ACTORS.desk, { action: "RECEIVE" }, hanoi("2026-03-09 09:00"));
    dossier.act(ACTORS.desk, { action: "FORWARD" }, hanoi("2026-03-09 09:10"));
    dossier.act(ACTORS.specialist, { action: "REQUEST_PAYMENT", amountVnd: 50_000, reason: "Lệ phí" }, hanoi("2026-03-09 10:00"));
    // Appraisal due Wed 11 Mar 13:10; the applicant waits a week, then withdraws.
    dossier.act(ACTORS.resident, { action: "WITHDRAW" }, hanoi("2026-03-16 10:00"));
    expect(dossier.state.steps[1]).toMatchObject({ kind: "PROCESSING", outcome: "EARLY" });
  });

  it("legs planned in hours are judged by the hour, legs in days by the date", () => {
    const dossier = new MemoryDossier(hanoi("2026-03-09 08:00"), context2026);
    dossier.act(ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-09 08:30"));
    dossier.act(ACTORS.desk, { action: "RECEIVE" }, hanoi("2026-03-09 09:00"));
    dossier.act(ACTORS.desk, { action: "FORWARD" }, hanoi("2026-03-09 09:10"));
    // Appraisal: 2.5 working days from Mon 09:10 → Wed 13:10; handed on Wed 16:00, the same date.
    dossier.act(ACTORS.specialist, { action: "FORWARD" }, hanoi("2026-03-11 16:00"));
    expect(dossier.state.steps[1]).toMatchObject({ duePrecision: "DAY", outcome: "ON_TIME" });
  });

  it("the desk files a walk-in dossier only for its own agency's counter and cannot hand over a unit's step", () => {
    const dossier = new MemoryDossier(hanoi("2026-03-09 08:00"), context2026);
    dossier.act(ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-09 08:30"));
    dossier.act(ACTORS.desk, { action: "RECEIVE" }, hanoi("2026-03-09 09:00"));
    dossier.act(ACTORS.desk, { action: "FORWARD" }, hanoi("2026-03-09 09:10"));
    const outsider: Actor = { ...ACTORS.desk, userId: "user-desk-2" } as Actor;
    expect(() => dossier.act(outsider, { action: "FORWARD" }, hanoi("2026-03-09 10:00"))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
