// The administration's record form read into the command's input (lib/delegation/form-intents.ts):
// one "delegate" choice becomes the command's kind, agency or group; "yes"/"no" the boolean; empty
// optional fields stay absent so that the command's schema says what is missing at its field.
import { describe, expect, it } from "vitest";
import { isDelegationIntent, recordInputOf } from "@/lib/delegation/form-intents";

const form = (entries: Record<string, string>): FormData => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

const AGENCY = "01900000-0000-7000-8000-000000000001";

describe("recordInputOf", () => {
  it.each([
    ["COMMUNES", { delegateKind: "GROUP", delegateGroup: "COMMUNES", delegateAgencyId: undefined }],
    [AGENCY, { delegateKind: "AGENCY", delegateGroup: undefined, delegateAgencyId: AGENCY }],
    ["", { delegateKind: "", delegateGroup: undefined, delegateAgencyId: undefined }],
  ])("delegate %j", (delegate, expected) => {
    expect(recordInputOf(form({ delegate }))).toMatchObject(expected);
  });

  it.each([
    ["yes", true],
    ["no", false],
    ["", undefined],
    ["maybe", undefined],
  ])("keeps what was filed before: %j → %j", (answer, expected) => {
    expect(recordInputOf(form({ delegatorKeepsFiledBefore: answer })).delegatorKeepsFiledBefore).toBe(expected);
  });

  it("trims what was typed and leaves empty optional fields absent", () => {
    const input = recordInputOf(form({ decisionNumber: "  12/QĐ-SXD ", procedureCode: "", fieldCode: "", validUntil: "", delegateUnitCode: "" }));
    expect(input.decisionNumber).toBe("12/QĐ-SXD");
    expect(input).toMatchObject({ procedureCode: undefined, fieldCode: undefined, validUntil: undefined, delegateUnitCode: undefined });
  });
});

describe("isDelegationIntent", () => {
  it("knows the three delegation forms and nothing else", () => {
    expect(["RECORD_DELEGATION", "END_DELEGATION", "REVOKE_DELEGATION"].every(isDelegationIntent)).toBe(true);
    expect(isDelegationIntent("CREATE_UNIT")).toBe(false);
  });
});
