// The charts' geometry (lib/statistics-pages/chart-scale.ts): bars, columns, axes, labels.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barPercent, columnBands, labelStep, linePath, monthTicks, valueAxis } from "@/lib/statistics-pages/chart-scale";

describe("bars", () => {
  it.each([
    [0, 100, 0],
    [50, 100, 50],
    [100, 100, 100],
    [150, 100, 100],
    [1, 10_000, 0.75],
    [5, 0, 0],
  ])("%d of %d → %d %%", (value, max, percent) => {
    expect(barPercent(value, max)).toBe(percent);
  });

  it("a larger value never has a shorter bar, and a non-zero one is always seen", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (a, b, max) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(barPercent(low, Math.max(max, high))).toBeLessThanOrEqual(barPercent(high, Math.max(max, high)));
        if (low > 0) expect(barPercent(low, Math.max(max, high))).toBeGreaterThan(0);
      }),
    );
  });
});

describe("value axis", () => {
  it("starts at 0, covers the largest value with whole-number ticks, 0 at the bottom", () => {
    const axis = valueAxis(87, 180);
    expect(axis.top).toBeGreaterThanOrEqual(87);
    expect(axis.ticks[0]).toEqual({ value: 0, y: 180 });
    expect(axis.ticks.every((tick) => Number.isInteger(tick.value))).toBe(true);
    expect(axis.y(axis.top)).toBe(0);
  });

  it("an empty chart still has an axis (0 to 1), with no fractional dossiers", () => {
    const axis = valueAxis(0, 180);
    expect(axis.ticks.map((tick) => tick.value)).toEqual([0, 1]);
  });

  it("for any maximum, every value fits between the bottom and the top", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (max) => {
        const axis = valueAxis(max, 200);
        expect(axis.top).toBeGreaterThanOrEqual(max);
        expect(axis.y(max)).toBeGreaterThanOrEqual(0);
        expect(axis.y(0)).toBe(200);
      }),
    );
  });
});

describe("columns", () => {
  it("months side by side within the width, a key's columns inside its band, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 3 }), (count, series) => {
        const keys = Array.from({ length: count }, (_, index) => `m${index}`);
        const bands = columnBands(keys, series);
        expect(bands.map((band) => band.key)).toEqual(keys);
        for (const [index, band] of bands.entries()) {
          expect(band.x).toBeGreaterThanOrEqual(0);
          expect(band.x + band.width).toBeLessThanOrEqual(100.01);
          if (index > 0) expect(band.x).toBeGreaterThan(bands[index - 1]!.x + bands[index - 1]!.width);
          for (const slot of band.series) {
            expect(slot.x).toBeGreaterThanOrEqual(band.x - 0.01);
            expect(slot.x + slot.width).toBeLessThanOrEqual(band.x + band.width + 0.02);
          }
        }
      }),
    );
  });

  it.each([
    [1, 1],
    [12, 1],
    [13, 2],
    [24, 2],
    [25, 3],
  ])("%d months: a label every %d", (count, step) => {
    expect(labelStep(count)).toBe(step);
  });
});

describe("month labels", () => {
  const months = (first: string, count: number) =>
    Array.from({ length: count }, (_, index) => {
      const total = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 + index;
      return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
    });

  it("twelve months from December: the year under January only, not under December next to it", () => {
    const ticks = monthTicks(months("2025-12", 12));
    expect(ticks.map((tick) => tick.month)).toEqual(["12", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"]);
    expect(ticks.filter((tick) => tick.year).map((tick) => [tick.month, tick.year])).toEqual([["01", "2026"]]);
  });

  it("a year from January: its year once", () => {
    expect(monthTicks(months("2026-01", 11)).filter((tick) => tick.year).map((tick) => tick.year)).toEqual(["2026"]);
  });

  it("from March to February: both years, under March and January", () => {
    expect(monthTicks(months("2025-03", 12)).filter((tick) => tick.year).map((tick) => [tick.month, tick.year])).toEqual([["03", "2025"], ["01", "2026"]]);
  });

  it("25 months: every third labelled, each year named once where it starts", () => {
    const ticks = monthTicks(months("2024-06", 25));
    expect(ticks.map((tick) => tick.index)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(ticks.filter((tick) => tick.year).map((tick) => tick.year)).toEqual(["2024", "2025", "2026"]);
  });
});

describe("lines", () => {
  it("a line breaks where a month has no figure", () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 50, y: 20 }, { x: 100, y: 5 }])).toBe("M0,10L50,20L100,5");
    expect(linePath([{ x: 0, y: 10 }, { x: 50, y: null }, { x: 100, y: 5 }])).toBe("M0,10ZM100,5Z");
  });
});
