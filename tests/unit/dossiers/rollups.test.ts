import { describe, expect, it } from "vitest";
import { countersFor, isElectronicResult, statusCountMoves, type CountedDossier } from "@/lib/dossiers/rollups";

/** A dossier filed at the desk, without files: none of the digitisation counters. */
const PLAIN: CountedDossier = { channel: "IN_PERSON", isVneidAuthenticated: false, hasElectronicPapers: false };

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
    expect(countersFor(action, payload, from, PLAIN)).toEqual(counters);
  });
});

describe("the digitisation counters (docs/domain/national-index.md)", () => {
  const online = (over: Partial<CountedDossier>): CountedDossier => ({ channel: "ONLINE", isVneidAuthenticated: false, hasElectronicPapers: false, ...over });
  it.each([
    ["every paper a file, at the desk", { ...PLAIN, hasElectronicPapers: true }, ["received", "receivedElectronicPapers"]],
    ["online, signed in with VNeID, every paper a file", online({ isVneidAuthenticated: true, hasElectronicPapers: true }), ["received", "receivedElectronicPapers", "receivedVneid"]],
    ["online, signed in by an email code", online({ hasElectronicPapers: true }), ["received", "receivedElectronicPapers"]],
    ["online with VNeID, one paper missing as a file", online({ isVneidAuthenticated: true }), ["received", "receivedVneid"]],
    // The flag only means something for an online dossier: the desk identifies a walk-in itself.
    ["by post, flagged VNeID", { channel: "POST", isVneidAuthenticated: true, hasElectronicPapers: false }, ["received"]],
  ] as const)("receipt: %s", (_case, dossier, counters) => {
    expect(countersFor("RECEIVE", {}, "SUBMITTED", dossier)).toEqual(counters);
  });

  it("counts a dossier's facts only at its receipt, never again", () => {
    const all = online({ isVneidAuthenticated: true, hasElectronicPapers: true });
    for (const action of ["SUBMIT", "FORWARD", "RETURN_RESULT", "WITHDRAW", "REFUSE_AT_RECEIPT"]) {
      expect(countersFor(action, {}, "IN_PROCESSING", all).filter((counter) => counter.startsWith("received") && counter !== "received")).toEqual([]);
    }
  });

  it.each([
    ["signed, as recorded", { statTimeliness: "ON_TIME", resultSigned: true }, true],
    ["stamped, as recorded", { statTimeliness: "ON_TIME", resultSigned: false, resultSha256: "a", originalSha256: "a" }, false],
    ["recorded before the flag: issued unchanged, so signed", { statTimeliness: "ON_TIME", resultSha256: "a", originalSha256: "a" }, true],
    ["recorded before the flag: stamped", { statTimeliness: "ON_TIME", resultSha256: "a", originalSha256: "b" }, false],
    ["recorded before the upload's hash was kept", { statTimeliness: "ON_TIME", resultSha256: "a" }, false],
  ] as const)("result: %s", (_case, payload, isElectronic) => {
    expect(isElectronicResult(payload)).toBe(isElectronic);
    expect(countersFor("MARK_RESULT_READY", payload, "IN_PROCESSING", PLAIN)).toEqual(isElectronic ? ["resolvedOnTime", "resolvedElectronic"] : ["resolvedOnTime"]);
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
