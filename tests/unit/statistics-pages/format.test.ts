// How the statistics pages write numbers, shares and periods (lib/statistics-pages/format.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatPercent, parsePercent, percentNumber, periodLabel, shortMonthLabel } from "@/lib/statistics-pages/format";

describe("counts", () => {
  it.each([
    [0, "0", "0"],
    [999, "999", "999"],
    [12345, "12.345", "12,345"],
    [1234567, "1.234.567", "1,234,567"],
  ])("%d → %s (vi), %s (en)", (value, vi, en) => {
    expect(formatCount(value, "vi")).toBe(vi);
    expect(formatCount(value, "en")).toBe(en);
  });
});

describe("percentages, one decimal", () => {
  it.each([
    [0.9551, "95,5%", "95.5%"],
    [0.5, "50,0%", "50.0%"],
    [1, "100,0%", "100.0%"],
    [0, "0,0%", "0.0%"],
    [0.0004, "0,1%", "0.1%"],
    [0.9996, "99,9%", "99.9%"],
    [0.12345, "12,3%", "12.3%"],
  ])("%d → %s / %s", (share, vi, en) => {
    expect(formatPercent(share, "vi")).toBe(vi);
    expect(formatPercent(share, "en")).toBe(en);
  });

  it("no denominator, no figure", () => {
    expect(formatPercent(null, "vi")).toBeNull();
  });

  it("never says 100 % unless every dossier, nor 0 % unless none, and reads back within half a tenth", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (tenThousandths) => {
        const share = tenThousandths / 10_000;
        const shown = parsePercent(percentNumber(share, "vi"))!;
        expect(shown === 100).toBe(share === 1);
        expect(shown === 0).toBe(share === 0);
        expect(Math.abs(shown - share * 100)).toBeLessThanOrEqual(0.1 + 1e-9);
        expect(parsePercent(formatPercent(share, "en")!)).toBe(shown);
      }),
    );
  });
});

describe("periods and dates", () => {
  it.each([
    [{ kind: "month", value: "2026-03", from: "2026-03-01", to: "2026-03-31" }, "Tháng 03/2026", "Month 03/2026"],
    [{ kind: "quarter", value: "2026-Q1", from: "2026-01-01", to: "2026-03-31" }, "Quý 1/2026", "Quarter 1/2026"],
    [{ kind: "year", value: "2025", from: "2025-01-01", to: "2025-12-31" }, "Năm 2025", "Year 2025"],
    [{ kind: "range", value: "2026-01-15..2026-02-14", from: "2026-01-15", to: "2026-02-14" }, "15/01/2026 – 14/02/2026", "15/01/2026 – 14/02/2026"],
  ] as const)("%j", (period, vi, en) => {
    expect(periodLabel(period, "vi")).toBe(vi);
    expect(periodLabel(period, "en")).toBe(en);
  });

  it("dates are dd/MM/yyyy, months on an axis MM/yy", () => {
    expect(formatDay("2026-03-05")).toBe("05/03/2026");
    expect(shortMonthLabel("2026-03")).toBe("03/26");
  });
});
