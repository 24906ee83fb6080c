// How long a dossier really took (lib/statistics/processing-days.ts), by hand on the 2026
// calendar, and as the engine records it on the result-ready event (statWorkingDays), the
// counters it moves and the backlog it leaves.
import { describe, expect, it } from "vitest";
import { processingWorkingDays } from "@/lib/statistics/processing-days";
import { context2026, hanoi } from "../../support/calendar";
import { ACTORS, MemoryDossier, RESULT } from "../dossiers/memory-world";

const days = (start: string, end: string, pausedHours = 0) =>
  processingWorkingDays({ clockStartedAt: hanoi(start), finishedAt: hanoi(end), clockPausedSeconds: pausedHours * 3600, context: context2026 });

describe("whole working days from the clock's start to the result", () => {
  it.each([
    ["the same day", "2026-03-09 09:00", "2026-03-09 16:00", 0, 0],
    ["the next morning", "2026-03-09 09:00", "2026-03-10 08:30", 0, 1],
    // 5 working days from Monday 09:00 are due the next Monday: a result that day took 5, at any hour.
    ["on the appointment day, after the hour", "2026-03-09 09:00", "2026-03-16 16:00", 0, 5],
    ["the day after the appointment", "2026-03-09 09:00", "2026-03-17 08:00", 0, 6],
    // Received after closing, the clock starts at the next opening: done that day is done the same working day.
    ["received after closing, done the next day", "2026-03-09 18:00", "2026-03-10 10:00", 0, 0],
    ["received after closing, done two days later", "2026-03-09 18:00", "2026-03-11 10:00", 0, 1],
    ["received on a Saturday, done Monday", "2026-03-07 10:00", "2026-03-09 10:00", 0, 0],
    // Tết 2026: Mon 16–Fri 20 Feb off, with the weekends around them.
    ["across Tết", "2026-02-13 10:00", "2026-02-24 10:00", 0, 2],
    // Sat 22 Aug 2026 is a make-up working day.
    ["across a make-up Saturday", "2026-08-21 10:00", "2026-08-24 10:00", 0, 2],
    // 24 working hours waited for a payment move the start from Monday 09:00 to Thursday 09:00.
    ["a payment wait is not counted", "2026-03-09 09:00", "2026-03-17 11:00", 24, 3],
  ])("%s", (_case, start, end, pausedHours, expected) => {
    expect(days(start, end, pausedHours)).toBe(expected);
  });
});

/** From the receipt's desk leg to the result: forward through the plan, approve, result ready. */
function resolve(dossier: MemoryDossier, at: string, fromDesk = true) {
  const now = hanoi(at);
  if (fromDesk) dossier.act(ACTORS.desk, { action: "FORWARD" }, now);
  dossier.act(ACTORS.specialist, { action: "FORWARD" }, now);
  dossier.act(ACTORS.head, { action: "FORWARD" }, now);
  dossier.act(ACTORS.leader, { action: "APPROVE" }, now);
  return dossier.act(ACTORS.desk, { action: "MARK_RESULT_READY", resultDocument: RESULT }, now);
}

function received(at: string) {
  const dossier = new MemoryDossier(hanoi(at), context2026);
  dossier.act(ACTORS.resident, { action: "SUBMIT" }, hanoi(at));
  const receipt = dossier.act(ACTORS.desk, { action: "RECEIVE" }, hanoi(at));
  return { dossier, receipt };
}

describe("what the result-ready event records (engine in memory)", () => {
  it("a dossier resolved on its appointment day is on time, in 5 working days of 5", () => {
    const { dossier, receipt } = received("2026-03-09 09:00");
    expect(receipt.backlog).toEqual({ kind: "OPEN", receivedMonth: "2026-03-01" });
    const finished = resolve(dossier, "2026-03-16 16:00");
    expect(finished.event.payload).toMatchObject({ timeliness: "ON_TIME", statTimeliness: "ON_TIME", statWorkingDays: 5 });
    expect(finished.counters).toEqual(["resolvedOnTime"]);
    expect(finished.workingDays).toBe(5);
    expect(finished.backlog).toEqual({ kind: "CLOSE", receivedMonth: "2026-03-01", carriedMonths: [] });
  });

  it("the time waiting for the applicant's papers is excluded: the clock restarts from the complete dossier", () => {
    const { dossier } = received("2026-03-09 09:00");
    dossier.act(ACTORS.desk, { action: "REQUEST_SUPPLEMENT", reason: "Thiếu giấy tờ", items: [{ name: "Tờ khai" }] }, hanoi("2026-03-10 10:00"));
    dossier.act(ACTORS.resident, { action: "SUPPLEMENT" }, hanoi("2026-03-16 09:00"));
    // Six days waited, and the day before the request, count for nothing: Tue 17 to Fri 20 are 4.
    const finished = resolve(dossier, "2026-03-20 15:00");
    expect(finished.event.payload).toMatchObject({ statTimeliness: "EARLY", statWorkingDays: 4 });
  });

  it("a payment wait is excluded", () => {
    const { dossier } = received("2026-03-09 09:00");
    dossier.act(ACTORS.desk, { action: "FORWARD" }, hanoi("2026-03-09 10:00"));
    dossier.act(ACTORS.specialist, { action: "REQUEST_PAYMENT", amountVnd: 100_000, reason: "Lệ phí" }, hanoi("2026-03-12 09:00"));
    dossier.act(ACTORS.desk, { action: "RECORD_PAYMENT", method: "CASH" }, hanoi("2026-03-17 09:00"));
    expect(dossier.state.dossier.clockPausedSeconds).toBe(24 * 3600);
    const finished = resolve(dossier, "2026-03-17 11:00", false);
    expect(finished.event.payload).toMatchObject({ statTimeliness: "EARLY", statWorkingDays: 3 });
  });

  it("more than one supplement request after receipt counts as late, however early the result", () => {
    const { dossier } = received("2026-03-09 09:00");
    const ask = (at: string) => dossier.act(ACTORS.desk, { action: "REQUEST_SUPPLEMENT", reason: "Thiếu giấy tờ", items: [{ name: "Tờ khai" }] }, hanoi(at));
    ask("2026-03-10 09:00");
    dossier.act(ACTORS.resident, { action: "SUPPLEMENT" }, hanoi("2026-03-10 15:00"));
    ask("2026-03-12 09:00");
    dossier.act(ACTORS.resident, { action: "SUPPLEMENT" }, hanoi("2026-03-12 10:00"));
    const finished = resolve(dossier, "2026-03-13 10:00");
    expect(finished.event.payload).toMatchObject({ timeliness: "EARLY", statTimeliness: "LATE", statWorkingDays: 1 });
    expect(finished.counters).toEqual(["resolvedLate"]);
  });

  it("a dossier received in one month and resolved two months later was carried into both later months", () => {
    const { dossier } = received("2026-03-30 09:00");
    const finished = resolve(dossier, "2026-05-05 09:00");
    expect(finished.backlog).toEqual({ kind: "CLOSE", receivedMonth: "2026-03-01", carriedMonths: ["2026-04-01", "2026-05-01"] });
    expect(finished.counters).toEqual(["resolvedLate"]);
  });
});
