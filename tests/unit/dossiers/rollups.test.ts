import { describe, expect, it } from "vitest";
import { countersFor, statusCountMoves } from "@/lib/dossiers/rollups";

describe("which statistics an event counts in (docs/domain/statistics.md)", () => {
  it.each([
    ["RECEIVE", {}, "SUBMITTED", ["received"]],
    ["REFUSE_AT_RECEIPT", {}, "SUBMITTED", ["refused"]],
    ["MARK_RESULT_READY", { statTimeliness: "EARLY" }, "IN_PROCESSING", ["resolvedEarly"]],
    ["MARK_RESULT_READY", { statTimeliness: "ON_TIME" }, "IN_PROCESSING", ["resolvedOnTime"]],
    ["MARK_RESULT_READY", { timeliness: "EARLY", statTimeliness: "LATE" }, "IN_PROCESSING", ["resolvedLate"]],
    ["RETURN_RESULT", {}, "RESOLVED", ["returned"]],
    ["WITHDRAW", {}, "IN_PROCESSING", ["withdrawn"]],
    ["WITHDRAW", {}, "SUBMITTED", []],
    // Never received: neither the desk's supplement request nor the withdrawal after it counts.
    ["REQUEST_SUPPLEMENT", {}, "SUBMITTED", []],
    ["WITHDRAW", {}, "SUPPLEMENT_BEFORE_RECEIPT", []],
    ["REFUSE_AT_RECEIPT", {}, "SUPPLEMENT_BEFORE_RECEIPT", ["refused"]],
    ["STOP", {}, "IN_PROCESSING", ["stopped"]],
    ["REQUEST_SUPPLEMENT", {}, "IN_PROCESSING", ["supplementRequests"]],
    ["ISSUE_APOLOGY", {}, "IN_PROCESSING", ["apologies"]],
    ["SEND_BACK", {}, "IN_PROCESSING", ["bounces"]],
    ["RECORD_PAYMENT", { method: "ONLINE" }, "AWAITING_PAYMENT", ["paidOnline"]],
    ["RECORD_PAYMENT", { method: "CASH" }, "AWAITING_PAYMENT", []],
    ["RATE", { overall: "SATISFIED" }, "RETURNED", ["ratings", "ratingsSatisfied"]],
    ["RATE", { overall: "NOT_SATISFIED" }, "RETURNED", ["ratings"]],
    ["FORWARD", {}, "IN_PROCESSING", []],
  ] as const)("%s %j from %s → %j", (action, payload, from, counters) => {
    expect(countersFor(action, payload, from)).toEqual(counters);
  });
});

describe("how a transition moves the status counts", () => {
  it.each([
    ["DRAFT", "SUBMITTED", false, [{ status: "SUBMITTED", delta: 1 }]],
    ["SUBMITTED", "RECEIVED", true, [{ status: "SUBMITTED", delta: -1 }, { status: "RECEIVED", delta: 1 }]],
    ["IN_PROCESSING", "WITHDRAWN", true, [{ status: "IN_PROCESSING", delta: -1 }, { status: "WITHDRAWN", delta: 1 }]],
    // Withdrawn before it was ever received: not among the agency's withdrawn dossiers.
    ["SUPPLEMENT_BEFORE_RECEIPT", "WITHDRAWN", false, [{ status: "SUPPLEMENT_BEFORE_RECEIPT", delta: -1 }]],
    ["IN_PROCESSING", "IN_PROCESSING", true, []],
  ] as const)("%s → %s (received: %s)", (from, to, isReceived, moves) => {
    expect(statusCountMoves(from, to, isReceived)).toEqual(moves);
  });
});
