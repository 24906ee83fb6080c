import { describe, expect, it } from "vitest";
import { countersFor } from "@/lib/dossiers/rollups";

describe("which statistics an event counts in (DOMAIN.md §9)", () => {
  it.each([
    ["RECEIVE", {}, "SUBMITTED", ["received"]],
    ["REFUSE_AT_RECEIPT", {}, "SUBMITTED", ["refused"]],
    ["MARK_RESULT_READY", { statTimeliness: "EARLY" }, "IN_PROCESSING", ["resolvedEarly"]],
    ["MARK_RESULT_READY", { statTimeliness: "ON_TIME" }, "IN_PROCESSING", ["resolvedOnTime"]],
    ["MARK_RESULT_READY", { timeliness: "EARLY", statTimeliness: "LATE" }, "IN_PROCESSING", ["resolvedLate"]],
    ["RETURN_RESULT", {}, "RESOLVED", ["returned"]],
    ["WITHDRAW", {}, "IN_PROCESSING", ["withdrawn"]],
    ["WITHDRAW", {}, "SUBMITTED", []],
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
