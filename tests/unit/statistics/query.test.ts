// The one parser of a statistics view's query (lib/statistics/query.ts): periods in Hà Nội days,
// scopes, grouping; each wrong parameter gets its own error with Vietnamese and English messages.
import { describe, expect, it } from "vitest";
import { monthsOf, splitIntoMonthsAndDays } from "@/lib/statistics/period";
import { parseProcessingTimeQuery, parseStatisticsQuery, QUERY_ERRORS, statisticsQueryParams, ZProcedureCodeParam } from "@/lib/statistics/query";
import { hanoi } from "../../support/calendar";

// Sunday 29 November 2026, 09:00 in Hà Nội (02:00 UTC).
const NOW = hanoi("2026-11-29 09:00");
const parse = (params: Record<string, string>) => parseStatisticsQuery(params, NOW);
const ok = (params: Record<string, string>) => {
  const result = parse(params);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.query;
};

describe("periods", () => {
  it.each([
    [{}, { kind: "month", value: "2026-11", from: "2026-11-01", to: "2026-11-30", through: "2026-11-29", isOpen: true }],
    [{ month: "2026-02" }, { kind: "month", value: "2026-02", from: "2026-02-01", to: "2026-02-28", through: "2026-02-28", isOpen: false }],
    [{ month: "2024-02" }, { kind: "month", value: "2024-02", from: "2024-02-01", to: "2024-02-29", through: "2024-02-29", isOpen: false }],
    [{ period: "quarter" }, { kind: "quarter", value: "2026-Q4", from: "2026-10-01", to: "2026-12-31", through: "2026-11-29", isOpen: true }],
    [{ quarter: "2026-q1" }, { kind: "quarter", value: "2026-Q1", from: "2026-01-01", to: "2026-03-31", through: "2026-03-31", isOpen: false }],
    [{ period: "year", year: "2025" }, { kind: "year", value: "2025", from: "2025-01-01", to: "2025-12-31", through: "2025-12-31", isOpen: false }],
    [{ year: "2026" }, { kind: "year", value: "2026", from: "2026-01-01", to: "2026-12-31", through: "2026-11-29", isOpen: true }],
    [{ from: "15/01/2026", to: "2026-02-14" }, { kind: "range", value: "2026-01-15..2026-02-14", from: "2026-01-15", to: "2026-02-14", through: "2026-02-14", isOpen: false }],
    // A range ending today is open: its figures still move.
    [{ from: "2026-11-01", to: "29/11/2026" }, { kind: "range", value: "2026-11-01..2026-11-29", from: "2026-11-01", to: "2026-11-29", through: "2026-11-29", isOpen: true }],
    [{ period: "range", from: "2026-11-29", to: "2026-11-29" }, { kind: "range", value: "2026-11-29..2026-11-29", from: "2026-11-29", to: "2026-11-29", through: "2026-11-29", isOpen: true }],
  ])("%j", (params, period) => {
    expect(ok(params).period).toEqual(period);
  });

  it("a day is a Hà Nội day: 23:30 UTC on the 30th is already the 1st in Hà Nội", () => {
    const result = parseStatisticsQuery({}, new Date("2026-11-30T17:30:00Z"));
    expect(result.ok && result.query.period.value).toBe("2026-12");
  });

  it("splits a span into whole months (monthly rollup) and the days of cut months (daily rollup)", () => {
    expect(splitIntoMonthsAndDays("2026-01-15", "2026-04-14")).toEqual({
      months: ["2026-02-01", "2026-03-01"],
      days: [{ from: "2026-01-15", to: "2026-01-31" }, { from: "2026-04-01", to: "2026-04-14" }],
    });
    expect(splitIntoMonthsAndDays("2026-01-01", "2026-12-31").months).toHaveLength(12);
    expect(splitIntoMonthsAndDays("2026-03-03", "2026-03-05")).toEqual({ months: [], days: [{ from: "2026-03-03", to: "2026-03-05" }] });
    expect(monthsOf("2025-12-20", "2026-01-10")).toEqual([
      { month: "2025-12-01", from: "2025-12-20", to: "2025-12-31" },
      { month: "2026-01-01", from: "2026-01-01", to: "2026-01-10" },
    ]);
  });
});

describe("bad input: one error per parameter, in Vietnamese and English", () => {
  it.each([
    [{ period: "week" }, { period: "period.invalid" }],
    [{ month: "2026-13" }, { month: "month.invalid" }],
    [{ month: "11/2026" }, { month: "month.invalid" }],
    [{ month: "2026-12" }, { month: "month.future" }],
    [{ quarter: "2026-Q5" }, { quarter: "quarter.invalid" }],
    [{ quarter: "2027-Q1" }, { quarter: "quarter.future" }],
    [{ period: "year", year: "1999" }, { year: "year.invalid" }],
    [{ year: "2027" }, { year: "year.future" }],
    [{ period: "range" }, { from: "from.required", to: "to.required" }],
    [{ from: "31/02/2026", to: "2026-13-01" }, { from: "from.invalid", to: "to.invalid" }],
    [{ from: "2026-12-01", to: "2026-12-31" }, { from: "from.future" }],
    [{ from: "2026-03-01", to: "2026-02-01" }, { to: "to.beforeFrom" }],
    [{ from: "2023-01-01", to: "2026-01-01" }, { to: "to.tooLong" }],
    [{ scope: "ward" }, { scope: "scope.invalid" }],
    [{ scope: "agency" }, { agency: "agency.required" }],
    [{ scope: "field" }, { field: "field.required" }],
    [{ procedure: "1001193" }, { procedure: "procedure.invalid" }],
    [{ agency: "x y" }, { agency: "agency.invalid" }],
    [{ agency: "000.00.12.H26", procedure: "1.001193" }, { scope: "scope.ambiguous" }],
    [{ groupBy: "ward" }, { groupBy: "groupBy.invalid" }],
    // Several at once: each parameter has its own.
    [{ groupBy: "x", scope: "y", period: "z" }, { groupBy: "groupBy.invalid", scope: "scope.invalid", period: "period.invalid" }],
  ])("%j", (params, expected) => {
    const result = parse(params);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error!.code]))).toEqual(expected);
    for (const [field, error] of Object.entries(result.errors)) {
      expect(error!.message).toBe(QUERY_ERRORS[error!.code].vi);
      expect(error!.messageEn).toBe(QUERY_ERRORS[error!.code].en);
      expect(error!.messageEn.length, field).toBeGreaterThan(0);
    }
  });

  it("every message is written in both languages, the Vietnamese one with its diacritics", () => {
    for (const { vi, en } of Object.values(QUERY_ERRORS)) {
      expect(vi).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
      expect(en).toMatch(/^[\x20-\x7E–]+$/);
    }
  });
});

describe("scopes and grouping", () => {
  it.each([
    [{}, { kind: "city" }],
    [{ agency: "000.00.12.H26" }, { kind: "agency", agency: "000.00.12.H26" }],
    [{ agency: "hn-so-tu-phap" }, { kind: "agency", agency: "hn-so-tu-phap" }],
    [{ field: "ho-tich" }, { kind: "field", field: "ho-tich" }],
    [{ procedure: "1.001193" }, { kind: "procedure", procedure: "1.001193" }],
    [{ scope: "procedure", procedure: "1.001193", agency: "hn-so-tu-phap" }, { kind: "procedure", procedure: "1.001193" }],
    [{ scope: "city", agency: "hn-so-tu-phap" }, { kind: "city" }],
  ])("%j", (params, scope) => {
    expect(ok(params).scope).toEqual(scope);
  });

  it("groups by nothing unless asked", () => {
    expect(ok({}).groupBy).toBe("none");
    expect(ok({ groupBy: "month" }).groupBy).toBe("month");
  });

  it("reads URLSearchParams and page searchParams alike; empty values are absent", () => {
    expect(parseStatisticsQuery(new URLSearchParams("month=2026-02&groupBy=agency&agency="), NOW)).toEqual(parse({ month: "2026-02", groupBy: "agency" }));
    expect(parseStatisticsQuery({ month: ["2026-02", "2026-03"], year: undefined }, NOW)).toEqual(parse({ month: "2026-02" }));
  });

  it("writes a query back as the parameters that give it again", () => {
    const examples: Record<string, string>[] = [{ month: "2026-02", agency: "hn-so-tu-phap", groupBy: "procedure" }, { from: "2026-01-15", to: "2026-02-14" }, { quarter: "2026-Q3", field: "ho-tich" }, {}];
    for (const params of examples) {
      const query = ok(params);
      expect(ok(statisticsQueryParams(query))).toEqual(query);
    }
  });
});

describe("the processing-time query", () => {
  it("takes an optional agency, checked like the statistics' one", () => {
    expect(parseProcessingTimeQuery(new URLSearchParams(""))).toEqual({ ok: true, query: {} });
    expect(parseProcessingTimeQuery({ agency: "hn-so-tu-phap" })).toEqual({ ok: true, query: { agency: "hn-so-tu-phap" } });
    expect(parseProcessingTimeQuery({ agency: "<script>" })).toEqual({ ok: false, errors: { agency: { code: "agency.invalid", message: QUERY_ERRORS["agency.invalid"].vi, messageEn: QUERY_ERRORS["agency.invalid"].en } } });
    expect(ZProcedureCodeParam.safeParse("1.001193").success).toBe(true);
    expect(ZProcedureCodeParam.safeParse("1.00119").success).toBe(false);
  });
});
