import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZDossierCodeParam, ZLookupQuery } from "@/lib/api/endpoints/dossiers";
import { ZFilingBody, ZFilingHeaders } from "@/lib/api/endpoints/filing";
import { ZProcedureListQuery } from "@/lib/api/endpoints/procedures";
import { fieldErrors, parseWithMessages } from "@/lib/api/field-errors";
import type { TApiLanguage } from "@/lib/http/accept-language";

function errorsOf(schema: z.ZodType, input: unknown, language: TApiLanguage = "vi") {
  const parsed = parseWithMessages(schema, input, language);
  return parsed.success ? null : fieldErrors(parsed.error, language);
}

describe("messages per field, in plain Vietnamese and English", () => {
  it.each([
    [{ page: "0" }, { page: "Tối thiểu là 1." }, { page: "Must be at least 1." }],
    [{ page: "abc" }, { page: "Phải là một số." }, { page: "Must be a number." }],
    [{ page: "1.5" }, { page: "Phải là số nguyên." }, { page: "Must be a whole number." }],
    [{ pageSize: "101" }, { pageSize: "Tối đa là 100." }, { pageSize: "Must be at most 100." }],
    [{ level: "ward" }, { level: "Phải là một trong các giá trị: province, commune, central." }, { level: "Must be one of: province, commune, central." }],
    [{ q: "a".repeat(201) }, { q: "Tối đa 200 ký tự." }, { q: "At most 200 characters." }],
    [{ field: "' OR 1=1" }, { field: expect.stringContaining("Chỉ gồm chữ cái không dấu") }, { field: expect.stringContaining("Only unaccented letters") }],
  ])("the catalogue search %j", (input, vi, en) => {
    expect(errorsOf(ZProcedureListQuery, input, "vi")).toEqual(vi);
    expect(errorsOf(ZProcedureListQuery, input, "en")).toEqual(en);
  });

  it("accepts the catalogue search with its defaults", () => {
    expect(ZProcedureListQuery.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(ZProcedureListQuery.parse({ q: "  khai sinh ", online: "none" })).toMatchObject({ q: "khai sinh", online: "none" });
  });

  it.each([
    ["000.00.12.H26-260302-0001", true],
    ["000.99.000001.T99-261128-12345", true],
    ["../../etc/passwd", false],
    ["000.00.12.H26-260302", false],
    ["x".repeat(41), false],
  ])("dossier code %s is well formed: %s", (code, expected) => {
    expect(ZDossierCodeParam.safeParse(code).success).toBe(expected);
  });

  it("names what is missing or wrong in a lookup without saying which code is unknown", () => {
    expect(errorsOf(ZLookupQuery, {})).toEqual({ lookupCode: "Bắt buộc." });
    expect(errorsOf(ZLookupQuery, { lookupCode: "ab" }, "en")).toEqual({ lookupCode: "The lookup code is 4–16 letters or digits, printed on the receipt." });
    expect(errorsOf(z.object({ code: ZDossierCodeParam }), { code: "abc" })).toEqual({ code: "Mã hồ sơ in trên giấy tiếp nhận, ví dụ 000.00.12.H26-260302-0001." });
  });

  it("checks the filing's key and its form", () => {
    expect(errorsOf(ZFilingHeaders, {})).toEqual({ "Idempotency-Key": expect.stringContaining("Idempotency-Key") });
    const agencyId = "0196a3b0-0000-7000-8000-000000000000";
    expect(errorsOf(ZFilingBody, { procedure: "1.001193", agencyId, fields: "{" })).toEqual({ fields: "Phải là một đối tượng JSON mà mỗi giá trị là một chuỗi." });
    expect(errorsOf(ZFilingBody, { procedure: "1.001193", agencyId, fields: '{"a":1}' }, "en")).toEqual({ "fields.a": "Wrong type of value." });
    const paper = new File(["%PDF"], "a.pdf");
    expect(ZFilingBody.parse({ procedure: "1.001193", agencyId, "file:x": paper })).toEqual({ procedure: "1.001193", agencyId, fields: {}, "file:x": paper });
  });
});
