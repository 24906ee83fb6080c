// Percentiles of the working-days histogram, the "usually resolved in N working days" figure and
// its minimum sample, the legal limit in working days (lib/statistics/percentiles.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { histogramOf, limitInWorkingDays, MIN_SAMPLE, percentile, sampleSize, usualWorkingDays } from "@/lib/statistics/percentiles";

const histogram = (values: number[]) => histogramOf(values.map((workingDays) => ({ workingDays, count: 1 })));

describe("percentiles by nearest rank, on tiny samples", () => {
  it.each([
    [[], 0.5, null],
    [[3], 0.5, 3],
    [[3], 0.9, 3],
    // Two values: the median is the lower one (rank ⌈0.5·2⌉ = 1), the 90th the higher.
    [[1, 4], 0.5, 1],
    [[1, 4], 0.9, 4],
    [[2, 1, 3], 0.5, 2],
    [[0, 0, 0, 5], 0.5, 0],
    [[0, 0, 0, 5], 0.9, 5],
    // Ten values 1…10: median the 5th, 90th percentile the 9th.
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 11], 0.9, 10],
  ])("%j at %d → %s", (values, p, expected) => {
    expect(percentile(histogram(values), p)).toBe(expected);
  });

  it("sums the histogram's rows (several agencies and days for the same number of days)", () => {
    const rows = histogramOf([{ workingDays: 2, count: 3 }, { workingDays: 5, count: 1 }, { workingDays: 2, count: 4 }, { workingDays: 9, count: 0 }]);
    expect([...rows].sort()).toEqual([[2, 7], [5, 1]]);
    expect(sampleSize(rows)).toBe(8);
  });

  it("is always an observed value, between the smallest and the largest, and never falls as p rises", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { minLength: 1, maxLength: 200 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (values, p) => {
        const h = histogram(values);
        const value = percentile(h, p)!;
        expect(values).toContain(value);
        expect(percentile(h, 0.5)!).toBeLessThanOrEqual(percentile(h, 0.9)!);
        // At least p of the sample is at or below it, and fewer than p strictly below.
        expect(values.filter((v) => v <= value).length).toBeGreaterThanOrEqual(Math.ceil(p * values.length - 1e-9));
        expect(values.filter((v) => v < value).length).toBeLessThan(Math.ceil(p * values.length - 1e-9));
      }),
    );
  });
});

describe("usually resolved in N working days", () => {
  it(`needs ${MIN_SAMPLE} dossiers`, () => {
    expect(usualWorkingDays(histogram(Array.from({ length: MIN_SAMPLE - 1 }, () => 3)))).toBeNull();
    expect(usualWorkingDays(histogram(Array.from({ length: MIN_SAMPLE }, () => 3)))).toBe(3);
  });

  it("is the median", () => {
    const values = [...Array.from({ length: 12 }, () => 2), ...Array.from({ length: 8 }, () => 7)];
    expect(usualWorkingDays(histogram(values))).toBe(2);
  });
});

describe("the legal limit in working days", () => {
  it.each([
    [{ value: 5, unit: "WORKING_DAYS" as const }, 5],
    [{ value: 0.5, unit: "WORKING_DAYS" as const }, 0.5],
    [{ value: 4, unit: "HOURS" as const }, 0.5],
    [{ value: 12, unit: "HOURS" as const }, 1.5],
    [{ value: 15, unit: "CALENDAR_DAYS" as const }, null],
  ])("%j → %s", (limit, expected) => {
    expect(limitInWorkingDays(limit, 480)).toBe(expected);
  });
});
