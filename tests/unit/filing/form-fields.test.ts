import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkForm, parseFormDate, parseFormNumber, type FormField } from "@/lib/filing/form-fields";

const FIELDS: FormField[] = [
  { name: "childFullName", label: "Họ tên", labelEn: "Name", type: "text", required: true },
  { name: "childDateOfBirth", label: "Ngày sinh", labelEn: "Birth", type: "date", required: true },
  { name: "childSex", label: "Giới tính", labelEn: "Sex", type: "select", required: true, options: [{ value: "male", label: "Nam", labelEn: "Male" }, { value: "female", label: "Nữ", labelEn: "Female" }] },
  { name: "copies", label: "Số bản", labelEn: "Copies", type: "number", required: false },
  { name: "note", label: "Ghi chú", labelEn: "Note", type: "textarea", required: false },
];

describe("checkForm", () => {
  it("accepts good answers and normalises dates and numbers", () => {
    expect(checkForm(FIELDS, { childFullName: "  Nguyễn Văn Bình ", childDateOfBirth: "05/03/2026", childSex: "male", copies: "2", note: "" })).toEqual({
      ok: true,
      values: { childFullName: "Nguyễn Văn Bình", childDateOfBirth: "2026-03-05", childSex: "male", copies: 2 },
    });
  });

  it("names every wrong field at once, with its own error", () => {
    const result = checkForm(FIELDS, { childFullName: "", childDateOfBirth: "31/02/2026", childSex: "other", copies: "hai", note: "x".repeat(4001) });
    expect(result).toMatchObject({ ok: false, errors: { childFullName: "required", childDateOfBirth: "date", childSex: "option", copies: "number", note: "tooLong" } });
  });

  it("ignores inputs the procedure does not ask for", () => {
    const result = checkForm(FIELDS, { childFullName: "A", childDateOfBirth: "2026-01-01", childSex: "female", injected: "<script>" });
    expect(result.ok && "injected" in result.values).toBe(false);
  });

  it("keeps what was typed when it fails, so nothing is lost", () => {
    const result = checkForm(FIELDS, { childFullName: "Bình", childDateOfBirth: "hôm qua", childSex: "male" });
    expect(result).toMatchObject({ ok: false, raw: { childFullName: "Bình", childDateOfBirth: "hôm qua" } });
  });
});

describe("parseFormDate", () => {
  it.each([
    ["2026-03-05", "2026-03-05"],
    ["5/3/2026", "2026-03-05"],
    ["29/02/2028", "2028-02-29"],
    ["29/02/2027", null],
    ["2026-13-01", null],
    ["ngày 5", null],
  ])("%s → %s", (input, expected) => expect(parseFormDate(input)).toBe(expected));

  it("reads back every real date it writes", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split("-");
        expect(parseFormDate(iso)).toBe(iso);
        expect(parseFormDate(`${d}/${m}/${y}`)).toBe(iso);
      }),
    );
  });
});

describe("parseFormNumber", () => {
  it.each([
    ["50.000.000", 50_000_000],
    ["50 000 000", 50_000_000],
    ["0", 0],
    ["-1", null],
    ["1,5", null],
    ["99999999999999", null],
  ])("%s → %s", (input, expected) => expect(parseFormNumber(input)).toBe(expected));
});
