// How each transition moves the backlog rollups (lib/dossiers/rollups.ts, backlogMoveFor) and
// which event carries a processing time (durationFor).
import { describe, expect, it } from "vitest";
import { backlogMoveFor, durationFor, nextMonth } from "@/lib/dossiers/rollups";
import { hanoi } from "../../support/calendar";

describe("entering and leaving the agency's hands", () => {
  const receivedAt = hanoi("2026-01-31 16:00");
  it.each([
    ["SUBMITTED", "RECEIVED", null, "2026-01-31 16:00", { kind: "OPEN", receivedMonth: "2026-01-01" }],
    ["RECEIVED", "IN_PROCESSING", receivedAt, "2026-02-02 08:00", null],
    ["IN_PROCESSING", "SUPPLEMENT_REQUESTED", receivedAt, "2026-02-02 08:00", null],
    ["AWAITING_PAYMENT", "IN_PROCESSING", receivedAt, "2026-02-02 08:00", null],
    ["IN_PROCESSING", "RESOLVED", receivedAt, "2026-01-31 16:30", { kind: "CLOSE", receivedMonth: "2026-01-01", carriedMonths: [] }],
    ["IN_PROCESSING", "RESOLVED", receivedAt, "2026-02-01 00:00", { kind: "CLOSE", receivedMonth: "2026-01-01", carriedMonths: ["2026-02-01"] }],
    ["SUPPLEMENT_REQUESTED", "WITHDRAWN", receivedAt, "2026-04-10 09:00", { kind: "CLOSE", receivedMonth: "2026-01-01", carriedMonths: ["2026-02-01", "2026-03-01", "2026-04-01"] }],
    ["AWAITING_PAYMENT", "STOPPED", receivedAt, "2026-02-10 09:00", { kind: "CLOSE", receivedMonth: "2026-01-01", carriedMonths: ["2026-02-01"] }],
    // Never received: not in the backlog.
    ["SUBMITTED", "REFUSED", null, "2026-02-10 09:00", null],
    ["SUPPLEMENT_BEFORE_RECEIPT", "WITHDRAWN", null, "2026-02-10 09:00", null],
    // After the result: already gone.
    ["RESOLVED", "RETURNED", receivedAt, "2026-02-10 09:00", null],
  ] as const)("%s → %s", (from, to, received, at, move) => {
    expect(backlogMoveFor(from, to, received, hanoi(at))).toEqual(move);
  });

  it("Hà Nội's month: 23:30 UTC on 31 January is already February in Hà Nội", () => {
    expect(backlogMoveFor("SUBMITTED", "RECEIVED", null, new Date("2026-01-31T17:30:00Z"))).toEqual({ kind: "OPEN", receivedMonth: "2026-02-01" });
  });

  it("counts months across a new year", () => {
    expect(nextMonth("2025-12-01")).toBe("2026-01-01");
    expect(backlogMoveFor("IN_PROCESSING", "RESOLVED", hanoi("2025-11-20 09:00"), hanoi("2026-01-05 09:00"))).toEqual({
      kind: "CLOSE", receivedMonth: "2025-11-01", carriedMonths: ["2025-12-01", "2026-01-01"],
    });
  });
});

describe("the processing time an event carries", () => {
  it.each([
    ["MARK_RESULT_READY", { statWorkingDays: 4 }, 4],
    ["MARK_RESULT_READY", { statWorkingDays: 0 }, 0],
    // Results recorded before the figure existed carry none.
    ["MARK_RESULT_READY", {}, null],
    ["MARK_RESULT_READY", { statWorkingDays: "4" }, null],
    ["RETURN_RESULT", { statWorkingDays: 4 }, null],
  ] as const)("%s %j → %s", (action, payload, expected) => {
    expect(durationFor(action, payload)).toBe(expected);
  });
});
