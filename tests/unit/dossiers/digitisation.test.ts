// The facts the digitisation group of the national index counts (docs/domain/national-index.md),
// as the engine records them: how the applicant was identified when the dossier was sent, whether
// every required paper was a file at receipt, whether the result was signed digitally; and the
// counters each moves at its event.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/dossiers/actor";
import { countPapers, holdsEveryPaper, type PaperCount } from "@/lib/dossiers/state";
import { context2026, hanoi } from "../../support/calendar";
import { ACTORS, MemoryDossier, RESULT } from "./memory-world";

const VNEID_RESIDENT: Actor = { kind: "RESIDENT", userId: "user-resident", organizationIds: [], isVneid: true };

/** A dossier sent by `sender`, then received at the desk. */
function received(options: { sender?: Actor; papers?: PaperCount; channel?: "ONLINE" | "IN_PERSON" } = {}) {
  const dossier = new MemoryDossier(hanoi("2026-03-02 08:00"), context2026, { papers: options.papers, channel: options.channel });
  const submitted = dossier.act(options.sender ?? ACTORS.resident, { action: "SUBMIT" }, hanoi("2026-03-02 08:10"));
  const receipt = dossier.act(ACTORS.desk, { action: "RECEIVE" }, hanoi("2026-03-02 09:00"));
  return { dossier, submitted, receipt };
}

describe("the papers of a dossier at receipt", () => {
  it.each([
    ["every required paper has a file", ["a", "b"], ["a", "b"], { required: 2, electronic: 2 }, true],
    ["one required paper has none", ["a", "b"], ["a"], { required: 2, electronic: 1 }, false],
    ["two files for one paper still leave the other missing", ["a", "b"], ["a", "a", null], { required: 2, electronic: 1 }, false],
    ["files for optional papers do not stand in for a required one", ["a"], ["optional", null], { required: 1, electronic: 0 }, false],
    ["a procedure that requires no paper has nothing on paper", [], [null], { required: 0, electronic: 0 }, true],
  ] as const)("%s", (_case, required, held, count, isDigitised) => {
    expect(countPapers(required, held)).toEqual(count);
    expect(holdsEveryPaper(countPapers(required, held))).toBe(isDigitised);
  });

  it("holds every paper exactly when each required paper has a file (any papers, any files)", () => {
    const ids = fc.constantFrom("a", "b", "c", "d", "e");
    fc.assert(
      fc.property(fc.uniqueArray(ids), fc.array(fc.option(ids, { nil: null })), (required, held) => {
        expect(holdsEveryPaper(countPapers(required, held))).toBe(required.every((id) => held.includes(id)));
      }),
    );
  });

  it("the receipt records the count, and counts the dossier as digitised only with every paper a file", () => {
    const complete = received({ papers: { required: 3, electronic: 3 } });
    expect(complete.receipt.event.payload).toMatchObject({ papers: { required: 3, electronic: 3 } });
    expect(complete.receipt.changed.hasElectronicPapers).toBe(true);
    expect(complete.receipt.counters).toContain("receivedElectronicPapers");

    const missing = received({ papers: { required: 3, electronic: 2 } });
    expect(missing.receipt.event.payload).toMatchObject({ papers: { required: 3, electronic: 2 } });
    expect(missing.receipt.changed.hasElectronicPapers).toBe(false);
    expect(missing.receipt.counters).toEqual(["received"]);
  });
});

describe("how the applicant was identified when the dossier was sent", () => {
  it.each([
    ["a resident signed in with VNeID", VNEID_RESIDENT, "VNEID", true],
    ["a resident signed in with an email code", ACTORS.resident, "EMAIL_CODE", false],
    ["the desk, for an applicant at the counter", ACTORS.desk, "DESK", false],
  ] as const)("%s", (_case, sender, identifiedBy, isVneid) => {
    const channel = sender.kind === "RESIDENT" ? "ONLINE" : "IN_PERSON";
    const { submitted, receipt, dossier } = received({ sender, channel });
    expect(submitted.event.payload).toEqual({ identifiedBy });
    expect(dossier.state.dossier.isVneidAuthenticated).toBe(isVneid);
    // Counted with the receipt, among the online dossiers received.
    expect(receipt.counters.includes("receivedVneid")).toBe(isVneid);
  });
});

describe("electronic results", () => {
  const resolve = (resultDocument: typeof RESULT & { isSigned?: boolean; originalSha256?: string }) => {
    const { dossier } = received();
    for (const [actor, action] of [["desk", "FORWARD"], ["specialist", "FORWARD"], ["head", "FORWARD"]] as const) {
      dossier.act(ACTORS[actor], { action }, hanoi("2026-03-03 09:00"));
    }
    dossier.act(ACTORS.leader, { action: "APPROVE" }, hanoi("2026-03-03 10:00"));
    return dossier.act(ACTORS.desk, { action: "MARK_RESULT_READY", resultDocument }, hanoi("2026-03-03 11:00"));
  };

  it("a file signed digitally, issued as uploaded, is an electronic result", () => {
    const outcome = resolve({ ...RESULT, originalSha256: RESULT.sha256, isSigned: true });
    expect(outcome.event.payload).toMatchObject({ resultSigned: true, resultSha256: RESULT.sha256 });
    expect(outcome.counters).toEqual(["resolvedEarly", "resolvedElectronic"]);
    // The document row keeps the file's facts, not the flag (its hashes say the same).
    expect(outcome.inserts.documents[0]).not.toHaveProperty("isSigned");
  });

  it("a scanned or stamped file is not", () => {
    const outcome = resolve({ ...RESULT, originalSha256: "c".repeat(64), isSigned: false });
    expect(outcome.event.payload).toMatchObject({ resultSigned: false });
    expect(outcome.counters).toEqual(["resolvedEarly"]);
  });
});
