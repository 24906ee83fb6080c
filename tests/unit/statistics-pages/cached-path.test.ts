import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closedPeriodPage, periodQueryOf } from "@/lib/statistics-pages/cached-path";
import { pageHref, type PageScope } from "@/lib/statistics-pages/urls";
import { monthPeriod, quarterPeriod, rangePeriod, yearPeriod } from "@/lib/statistics/period";

// 29/11/2026, 10:00 in Hà Nội.
const NOW = new Date("2026-11-29T03:00:00Z");
const TODAY = "2026-11-29";

const page = (href: string) => {
  const url = new URL(href, "http://localhost");
  return closedPeriodPage(url.pathname, url.searchParams, NOW);
};

describe("which statistics addresses are kept in the cache", () => {
  it.each([
    ["/thong-ke?period=month&month=2026-10", "/thong-ke/ky/2026-10"],
    ["/thong-ke/co-quan/phuong-bach-mai?period=quarter&quarter=2026-Q3", "/thong-ke/ky/2026-Q3/co-quan/phuong-bach-mai"],
    ["/thong-ke/linh-vuc/G09-TP?period=year&year=2025", "/thong-ke/ky/2025/linh-vuc/G09-TP"],
    ["/thong-ke/thu-tuc/1.001193?period=range&from=2026-01-15&to=2026-02-14", "/thong-ke/ky/2026-01-15..2026-02-14/thu-tuc/1.001193"],
    // The last day of a month is closed the day after.
    ["/thong-ke?period=range&from=2026-11-01&to=2026-11-28", "/thong-ke/ky/2026-11-01..2026-11-28"],
  ])("%s is answered by %s", (href, cached) => {
    expect(page(href)).toBe(cached);
  });

  it.each([
    ["the current month", "/thong-ke?period=month&month=2026-11"],
    ["the current quarter", "/thong-ke?period=quarter&quarter=2026-Q4"],
    ["the current year", "/thong-ke?period=year&year=2026"],
    ["a range through today", "/thong-ke?period=range&from=2026-11-01&to=2026-11-29"],
    ["no period (the current month)", "/thong-ke"],
    ["a wrong month", "/thong-ke?period=month&month=2026-13"],
    ["an extra parameter", "/thong-ke?period=month&month=2026-10&x=1"],
    ["parameters in another order", "/thong-ke?month=2026-10&period=month"],
    ["a repeated parameter", "/thong-ke?period=month&month=2026-10&month=2026-09"],
    ["the index", "/thong-ke/chi-so?period=month&month=2026-10"],
    ["the downloads", "/thong-ke/tai-ve?period=month&month=2026-10"],
    ["a deeper path", "/thong-ke/co-quan/a/b?period=month&month=2026-10"],
  ])("%s stays rendered per request", (_name, href) => {
    expect(page(href)).toBeNull();
  });

  it("every closed period a page links to has a cached twin that reads back the same period", () => {
    const scopes: PageScope[] = [{ kind: "city" }, { kind: "agency", key: "so-tu-phap" }, { kind: "field", key: "G09-TP" }, { kind: "procedure", key: "1.001193" }];
    const period = fc.oneof(
      fc.record({ year: fc.integer({ min: 2000, max: 2026 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => monthPeriod(year, month, TODAY)),
      fc.record({ year: fc.integer({ min: 2000, max: 2026 }), quarter: fc.integer({ min: 1, max: 4 }) }).map(({ year, quarter }) => quarterPeriod(year, quarter, TODAY)),
      fc.integer({ min: 2000, max: 2026 }).map((year) => yearPeriod(year, TODAY)),
      fc.integer({ min: 0, max: 700 }).map((days) => rangePeriod(new Date(Date.UTC(2025, 0, 1) + 0).toISOString().slice(0, 10), new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10), TODAY)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...scopes), period, (scope, chosen) => {
        const cached = page(pageHref(scope, chosen));
        if (chosen.isOpen) {
          expect(cached).toBeNull();
          return;
        }
        expect(cached).not.toBeNull();
        const value = cached!.split("/")[3]!;
        expect(value).toBe(chosen.value);
        const url = new URL(pageHref(scope, chosen), "http://localhost");
        expect(periodQueryOf(value)).toEqual(Object.fromEntries(url.searchParams));
      }),
    );
  });

  it.each(["2026", "2026-1", "2026-Q5", "x", "2026-01-01..", ""])("%j is no period", (value) => {
    if (value === "2026") expect(periodQueryOf(value)).toEqual({ period: "year", year: "2026" });
    else expect(periodQueryOf(value)).toBeNull();
  });
});
