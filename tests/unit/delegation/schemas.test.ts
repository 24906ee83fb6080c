// The delegation commands' inputs (lib/delegation/schemas.ts): each wrong field comes back at its
// field with a key that has its message in Vietnamese and English; and a delegation's status.
import { describe, expect, it } from "vitest";
import { fromLocal } from "@/lib/calendar/local-time";
import { statusOf } from "@/lib/delegation/rules";
import { fieldErrorsOf, parseDay, ZEndDelegation, ZRecordDelegation, ZRevokeDelegation, type TRecordDelegation } from "@/lib/delegation/schemas";
import en from "@/lib/i18n/messages/delegation.en.json";
import vi from "@/lib/i18n/messages/delegation.vi.json";

const valid: TRecordDelegation = {
  delegatorId: "0195e4a0-0000-7000-8000-000000000001",
  delegateKind: "GROUP",
  delegateGroup: "COMMUNES",
  scopeKind: "PROCEDURE",
  procedureCode: "1.000703",
  delegateUnitCode: "kt",
  decisionNumber: " 12/QĐ-SXD ",
  decisionDate: "05/01/2026",
  decisionSigner: "KT. Giám đốc, Phó Giám đốc Nguyễn Văn Bình",
  validFrom: "2026-01-15",
  validUntil: "",
  delegatorKeepsFiledBefore: true,
};

const errorsOf = (input: Partial<TRecordDelegation> & Record<string, unknown>) => {
  const parsed = ZRecordDelegation.safeParse({ ...valid, ...input });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("recording a delegation: the input", () => {
  it("takes a valid decision, trimmed, with days as yyyy-MM-dd", () => {
    const parsed = ZRecordDelegation.parse(valid);
    expect(parsed).toMatchObject({ decisionNumber: "12/QĐ-SXD", decisionDate: "2026-01-05", validFrom: "2026-01-15", validUntil: null, delegateUnitCode: "KT" });
  });

  it.each([
    { name: "no delegator", input: { delegatorId: "x" }, field: "delegatorId", key: "delegator" },
    { name: "a kind of delegate that does not exist", input: { delegateKind: "PERSON" }, field: "delegateKind", key: "delegateKind" },
    { name: "one agency, not named", input: { delegateKind: "AGENCY", delegateAgencyId: "" }, field: "delegateAgencyId", key: "delegateAgency" },
    { name: "a group that does not exist", input: { delegateGroup: "DISTRICTS" }, field: "delegateGroup", key: "delegateGroup" },
    { name: "a procedure code of the wrong shape", input: { procedureCode: "1000703" }, field: "procedureCode", key: "procedure" },
    { name: "a field scope without a field", input: { scopeKind: "FIELD", fieldCode: "" }, field: "fieldCode", key: "field" },
    { name: "a unit code with spaces", input: { delegateUnitCode: "K T" }, field: "delegateUnitCode", key: "unitCode" },
    { name: "a decision number without the issuer", input: { decisionNumber: "12" }, field: "decisionNumber", key: "decisionNumber" },
    { name: "a decision date that does not exist", input: { decisionDate: "30/02/2026" }, field: "decisionDate", key: "decisionDate" },
    { name: "no signer", input: { decisionSigner: "  " }, field: "decisionSigner", key: "decisionSigner" },
    { name: "a first day before the decision", input: { validFrom: "2026-01-04" }, field: "validFrom", key: "validFromBeforeDecision" },
    { name: "a last day before the first", input: { validUntil: "14/01/2026" }, field: "validUntil", key: "validUntilBeforeFrom" },
    { name: "a last day that is not a date", input: { validUntil: "soon" }, field: "validUntil", key: "validUntil" },
    { name: "the keeping choice missing", input: { delegatorKeepsFiledBefore: undefined }, field: "delegatorKeepsFiledBefore", key: "keepsFiledBefore" },
  ])("$name: refused at $field", ({ input, field, key }) => {
    expect(errorsOf(input as Partial<TRecordDelegation>)[field]).toBe(key);
  });

  it("gives every wrong field at once", () => {
    expect(Object.keys(errorsOf({ decisionNumber: "", decisionSigner: "", validFrom: "x" })).sort()).toEqual(["decisionNumber", "decisionSigner", "validFrom"]);
  });

  it("accepts a normative decision's number with its year", () => {
    expect(errorsOf({ decisionNumber: "05/2025/QĐ-UBND" })).toEqual({});
  });
});

describe("ending and revoking: the input", () => {
  it("needs a real last day", () => {
    expect(fieldErrorsOf(ZEndDelegation.safeParse({ delegationId: valid.delegatorId, validUntil: "31/04/2026" }).error!)).toEqual({ validUntil: "validUntil" });
    expect(ZEndDelegation.parse({ delegationId: valid.delegatorId, validUntil: "30/04/2026" }).validUntil).toBe("2026-04-30");
  });
  it("needs the reason of a revocation", () => {
    expect(fieldErrorsOf(ZRevokeDelegation.safeParse({ delegationId: valid.delegatorId, reason: "no" }).error!)).toEqual({ reason: "revocationReason" });
  });
});

describe("every message key has its text in both languages", () => {
  const keys = new Set<string>();
  for (const input of [{ delegatorId: "x", delegateKind: "?", scopeKind: "?", decisionNumber: "", decisionDate: "", decisionSigner: "", validFrom: "", validUntil: "x", delegatorKeepsFiledBefore: "?", delegateUnitCode: "?!" }, { delegateKind: "AGENCY", scopeKind: "FIELD" }, { delegateGroup: "?", procedureCode: "?" }, { validFrom: "2026-01-01" }, { validUntil: "2026-01-01" }]) {
    for (const key of Object.values(errorsOf(input as Partial<TRecordDelegation>))) keys.add(key);
  }
  for (const key of ["delegation", "validUntil", "revocationReason"]) keys.add(key);
  // The commands' own refusals (lib/delegation/record-delegation.ts, checks.ts, end-, revoke-).
  for (const key of ["delegatorLevel", "delegateSelf", "delegateEnded", "procedureNotImplemented", "fieldNotImplemented", "delegateUnits", "decisionDateFuture", "document", "documentType", "documentTooLarge", "validFromPast", "validUntilPast", "overlap", "alreadyRevoked", "alreadyEnded"]) keys.add(key);
  it.each([...keys].sort())("%s", (key) => {
    expect((vi.DelegationErrors as Record<string, string>)[key]).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêềếểễệôồốổỗộơờớởỡợưừứửữựđ]/i);
    expect((en.DelegationErrors as Record<string, string>)[key]).toBeTruthy();
  });
});

describe("days and status", () => {
  it.each([["15/01/2026", "2026-01-15"], ["1/2/2026", "2026-02-01"], ["2026-02-29", null], ["29/02/2028", "2028-02-29"], ["2026-13-01", null], ["", null]])("%s → %s", (raw, expected) => {
    expect(parseDay(raw)).toBe(expected);
  });
  const rule = { validFrom: "2026-01-15", validUntil: "2026-06-30", revokedAt: null };
  it.each([
    [fromLocal("2026-01-14", 23 * 60 + 59), rule, "UPCOMING"],
    [fromLocal("2026-01-15", 0), rule, "ACTIVE"],
    [fromLocal("2026-06-30", 23 * 60), rule, "ACTIVE"],
    [fromLocal("2026-07-01", 0), rule, "ENDED"],
    [fromLocal("2026-03-01", 9 * 60), { ...rule, revokedAt: fromLocal("2026-03-01", 8 * 60) }, "REVOKED"],
    [fromLocal("2026-03-01", 7 * 60), { ...rule, revokedAt: fromLocal("2026-03-01", 8 * 60) }, "ACTIVE"],
  ] as const)("at %s: %s", (at, delegation, expected) => {
    expect(statusOf(delegation, at)).toBe(expected);
  });
});
