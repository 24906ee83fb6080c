import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTaxCode, normaliseTaxCode, taxCheckDigit } from "@/lib/organizations/tax-code";

describe("tax codes", () => {
  it.each([
    ["0100109106", "0100109106"], // Tập đoàn Bưu chính Viễn thông (VNPT), published
    ["0100109106-001", "0100109106001"],
    ["0100109106001", "0100109106001"],
    ["0109123456", null],
    ["0100109107", null],
    ["0100109106-000", null],
    ["01001091", null],
    ["abcdefghij", null],
  ])("%s → %s", (input, expected) => expect(normaliseTaxCode(input)).toBe(expected));

  it("every nine digits with a check digit make a valid code, and no other last digit does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const check = taxCheckDigit(nine);
        for (let digit = 0; digit <= 9; digit++) expect(normaliseTaxCode(`${nine}${digit}`) !== null).toBe(check === digit);
      }),
    );
  });

  it("prints a branch code with its hyphen", () => {
    expect(formatTaxCode("0100109106001")).toBe("0100109106-001");
  });
});
