// The public catalogue search (lib/procedures/search.ts) against PostgreSQL: ranking of the
// general procedure first, accent/case/typo tolerance, codes, hostile input, filters, pages.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { makeAgency, makeField, makeProcedure } from "../factories.ts";
import { testDb } from "../support/db.ts";
import { MAX_QUERY_LENGTH, ZCatalogueQuery } from "@/lib/procedures/schemas";
import { searchProcedures, type TProcedureSearch } from "@/lib/procedures/search";

const NO_FILTERS: TProcedureSearch = {
  q: null,
  fieldCode: null,
  level: null,
  agencySlug: null,
  online: null,
  page: 1,
  pageSize: 20,
};

const search = (params: Partial<TProcedureSearch>) => searchProcedures({ ...NO_FILTERS, ...params }, testDb);
const codesOf = async (params: Partial<TProcedureSearch>) => (await search(params)).items.map((item) => item.code);

let civilStatusCode: string;
let bulkFieldCode: string;
let wardSlug: string;
let departmentSlug: string;

beforeAll(async () => {
  const ward = await makeAgency({ level: "COMMUNE" });
  const department = await makeAgency({ level: "PROVINCE", kind: "DEPARTMENT", name: "Sở Tư pháp (thử nghiệm)" });
  wardSlug = ward.slug;
  departmentSlug = department.slug;

  const civilStatus = await makeField({ name: "Hộ tịch (thử nghiệm)" });
  const certification = await makeField({ name: "Chứng thực (thử nghiệm)" });
  civilStatusCode = civilStatus.code;

  await makeProcedure({ code: "1.001193", name: "Thủ tục đăng ký khai sinh", nameEn: "Birth registration", fieldId: civilStatus.id, onlineLevel: "FULL" }, [ward]);
  await makeProcedure(
    { code: "1.001695", name: "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", fieldId: civilStatus.id, level: "PROVINCE", onlineLevel: "PARTIAL" },
    [department],
  );
  // English names hold short words ("or") and codes digits ("1"): bait for trigram noise.
  await makeProcedure(
    { code: "1.004884", name: "Thủ tục đăng ký lại khai sinh", nameEn: "Re-registration of a birth or of a lost record", fieldId: civilStatus.id, onlineLevel: "FULL" },
    [ward],
  );
  await makeProcedure({ code: "1.000894", name: "Thủ tục đăng ký kết hôn", fieldId: civilStatus.id, onlineLevel: null }, [ward]);
  await makeProcedure({ code: "2.000815", name: "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản", fieldId: certification.id });
  // Withdrawn from the catalogue: never shown, even though it matches "khai sinh".
  await makeProcedure({ code: "1.009999", name: "Thủ tục đăng ký khai sinh lưu động", fieldId: civilStatus.id, isActive: false });

  const bulk = await makeField({ name: "Đất đai (thử nghiệm)" });
  bulkFieldCode = bulk.code;
  for (let index = 0; index < 25; index += 1) {
    await makeProcedure({ name: `Thủ tục đăng ký biến động đất đai lần ${index + 1}`, fieldId: bulk.id, level: "PROVINCE" });
  }
});

describe("searchProcedures: ranking", () => {
  it.each(["dang ky khai sinh", "khai sinh", "Đăng ký khai sinh", "DANG KY KHAI SINH", "  đăng   ký khai sinh "])(
    "puts the general birth registration 1.001193 first for %j",
    async (q) => {
      const codes = await codesOf({ q: q.replace(/\s+/g, " ").trim() });
      expect(codes[0]).toBe("1.001193");
      // The variants still come, after it; unrelated procedures and the inactive one do not.
      expect(codes).toEqual(expect.arrayContaining(["1.001695", "1.004884"]));
      expect(codes).not.toContain("1.000894");
      expect(codes).not.toContain("1.009999");
    },
  );

  it("ranks a phrase match above a procedure that only shares the words", async () => {
    const codes = await codesOf({ q: "dang ky khai sinh" });
    expect(codes.slice(0, 3)).toEqual(["1.001193", "1.001695", "1.004884"]);
  });

  it("tolerates a typo", async () => {
    const codes = await codesOf({ q: "dang ky khai sihn" });
    expect(codes[0]).toBe("1.001193");
    expect(codes).not.toContain("2.000815");
  });

  it("finds a procedure by its code, exactly and alone", async () => {
    const result = await search({ q: "1.001193" });
    expect(result.items.map((item) => item.code)).toEqual(["1.001193"]);
    expect(result.total).toBe(1);
    expect(await codesOf({ q: "2.000815" })).toEqual(["2.000815"]);
  });

  it("finds a procedure by its English name", async () => {
    expect((await codesOf({ q: "birth registration" }))[0]).toBe("1.001193");
  });

  it("returns nothing, not everything, for a query that matches nothing", async () => {
    const result = await search({ q: "xyzzy quux" });
    expect(result).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1, isPastEnd: false });
  });
});

describe("searchProcedures: hostile input", () => {
  it.each(["%", "_", "\\", "%_\\", "%%%%", "％", "＿", "＼", "％％"])("treats LIKE wildcards in %j literally", async (q) => {
    expect((await search({ q })).total).toBe(0);
  });

  it.each(["' OR 1=1 --", "'; DROP TABLE procedure; --", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'])(
    "answers %j without error and leaves the data alone",
    async (q) => {
      await expect(search({ q })).resolves.toMatchObject({ total: 0 });
      expect((await search({ q: "khai sinh" })).total).toBeGreaterThan(0);
    },
  );

  it("treats control characters (PostgreSQL cannot store NUL) as blanks", async () => {
    await expect(search({ q: "\u0000" })).resolves.toMatchObject({ total: 30 });
    expect((await codesOf({ q: "khai\u0000sinh" }))[0]).toBe("1.001193");
  });

  it("answers a 10 kB query (cut by the schema, and by the search itself if called directly)", async () => {
    const huge = "khai sinh ".repeat(1024);
    const parsed = ZCatalogueQuery.parse({ q: huge });
    expect(parsed.isQueryTruncated).toBe(true);
    expect(Array.from(parsed.q ?? "").length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    await expect(search({ q: parsed.q })).resolves.toBeDefined();
    await expect(search({ q: huge })).resolves.toBeDefined();
  });
});

describe("searchProcedures: filters", () => {
  it("filters by field", async () => {
    const result = await search({ fieldCode: civilStatusCode });
    expect(result.total).toBe(4);
    expect(result.items.map((item) => item.code).sort()).toEqual(["1.000894", "1.001193", "1.001695", "1.004884"]);
  });

  it("filters by level", async () => {
    expect(await codesOf({ q: "khai sinh", level: "PROVINCE" })).toEqual(["1.001695"]);
  });

  it("filters by implementing agency", async () => {
    expect((await codesOf({ agencySlug: departmentSlug }))).toEqual(["1.001695"]);
    expect((await codesOf({ agencySlug: wardSlug })).sort()).toEqual(["1.000894", "1.001193", "1.004884"]);
    expect((await search({ agencySlug: "no-such-agency" })).total).toBe(0);
  });

  it("filters by online level, with NONE meaning not determined", async () => {
    expect((await codesOf({ fieldCode: civilStatusCode, online: "FULL" })).sort()).toEqual(["1.001193", "1.004884"]);
    expect(await codesOf({ fieldCode: civilStatusCode, online: "PARTIAL" })).toEqual(["1.001695"]);
    expect(await codesOf({ fieldCode: civilStatusCode, online: "NONE" })).toEqual(["1.000894"]);
  });

  it("combines the query and every filter with AND", async () => {
    expect(await codesOf({ q: "khai sinh", fieldCode: civilStatusCode, level: "COMMUNE", agencySlug: wardSlug, online: "FULL" })).toEqual([
      "1.001193",
      "1.004884",
    ]);
  });
});

describe("searchProcedures: pages", () => {
  it("splits results into pages of the given size and counts them all", async () => {
    const first = await search({ fieldCode: bulkFieldCode, page: 1 });
    const second = await search({ fieldCode: bulkFieldCode, page: 2 });
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2, isPastEnd: false });
    expect(first.items).toHaveLength(20);
    expect(second).toMatchObject({ total: 25, page: 2, pageCount: 2, isPastEnd: false });
    expect(second.items).toHaveLength(5);
    const firstCodes = new Set(first.items.map((item) => item.code));
    expect(second.items.some((item) => firstCodes.has(item.code))).toBe(false);
  });

  it("shows the last page when asked for a page past the end", async () => {
    const result = await search({ fieldCode: bulkFieldCode, page: 1_000_000_000 });
    expect(result).toMatchObject({ total: 25, page: 2, pageCount: 2, isPastEnd: true });
    expect(result.items).toHaveLength(5);
  });

  it("orders the catalogue by field, then by name, without a query", async () => {
    const { items, total } = await search({ pageSize: 100 });
    expect(total).toBe(30);
    const fieldOrder = [...new Set(items.map((item) => item.fieldName))];
    expect(fieldOrder).toEqual(["Chứng thực (thử nghiệm)", "Đất đai (thử nghiệm)", "Hộ tịch (thử nghiệm)"]);
  });
});

describe("ZCatalogueQuery", () => {
  it("keeps well-formed values and maps URL words to database values", () => {
    expect(ZCatalogueQuery.parse({ q: "  khai   sinh ", page: "2", field: "HT", level: "commune", agency: "hn-so-tu-phap", online: "none" })).toEqual({
      q: "khai sinh",
      isQueryTruncated: false,
      page: 2,
      fieldCode: "HT",
      level: "COMMUNE",
      agencySlug: "hn-so-tu-phap",
      online: "NONE",
      ignoredFilters: [],
    });
  });

  it.each([
    [{}, 1],
    [{ page: "-1" }, 1],
    [{ page: "0" }, 1],
    [{ page: "abc" }, 1],
    [{ page: "1.5" }, 1],
    [{ page: ["3", "4"] }, 3],
  ])("reads page from %j as %i", (input, page) => {
    expect(ZCatalogueQuery.parse(input).page).toBe(page);
  });

  it("clamps an enormous page instead of failing", () => {
    const page = ZCatalogueQuery.parse({ page: "1000000000000000000000" }).page;
    expect(Number.isSafeInteger(page) && page >= 1).toBe(true);
  });

  it("ignores unknown filter values and says which", () => {
    const parsed = ZCatalogueQuery.parse({ level: "nonsense", online: "maybe", field: "<script>", agency: "a b" });
    expect(parsed).toMatchObject({ level: null, online: null, fieldCode: null, agencySlug: null });
    expect(parsed.ignoredFilters.sort()).toEqual(["agency", "field", "level", "online"]);
  });

  it("never throws, whatever it is given", () => {
    for (const input of [null, undefined, "text", 42, [], { q: 5 }, { q: { nested: true } }, { q: ["a", "b"] }]) {
      expect(() => ZCatalogueQuery.parse(input)).not.toThrow();
    }
    expect(ZCatalogueQuery.parse({ q: ["đăng ký", "ignored"] }).q).toBe("đăng ký");
  });
});

describe("any input at all", () => {
  it("parses and searches without throwing, whatever the parameters hold", async () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom("％", "＿", "\u0000", "' OR 1=1--", "-1", "1e309"));
    const value = fc.oneof(text, fc.array(text, { maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("q", "page", "field", "level", "agency", "online", "other"), value), async (params) => {
        const query = ZCatalogueQuery.parse(params);
        const result = await searchProcedures({ ...query, pageSize: 20 }, testDb);
        expect(result.page).toBeGreaterThanOrEqual(1);
        expect(result.items.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 150 },
    );
  });
});
