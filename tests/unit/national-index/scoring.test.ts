import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_INDICATORS, GROUP_POINTS, INDEX_GROUPS, groupTotalsMismatch, satisfactionMeasure, scoreIndex, scoreIndicator,
  type IndicatorSetting,
} from "@/lib/national-index/scoring";

const progress: IndicatorSetting = { key: "PROGRESS_ON_TIME", group: "PROGRESS", maxPoints: 20, fullAt: 0.8, enabled: true };
const online: IndicatorSetting = { key: "ONLINE_DOSSIERS", group: "ONLINE", maxPoints: 12, fullAt: 0.5, enabled: true };

describe("one indicator", () => {
  it.each([
    { name: "at the threshold: full points", setting: progress, numerator: 80, denominator: 100, points: 20 },
    { name: "above the threshold: still full, never more", setting: progress, numerator: 100, denominator: 100, points: 20 },
    { name: "below: proportional, rate × max ÷ 80 %", setting: progress, numerator: 60, denominator: 100, points: 15 },
    { name: "nothing on time: zero", setting: progress, numerator: 0, denominator: 40, points: 0 },
    { name: "online dossiers are full at 50 %", setting: online, numerator: 50, denominator: 100, points: 12 },
    { name: "a quarter online is half the points", setting: online, numerator: 25, denominator: 100, points: 6 },
    { name: "rounded to two decimals", setting: progress, numerator: 1, denominator: 3, points: 8.33 },
  ])("$name", ({ setting, numerator, denominator, points }) => {
    expect(scoreIndicator(setting, { numerator, denominator }).points).toBe(points);
  });

  it("with nothing to measure it scores nothing, not zero and not full", () => {
    expect(scoreIndicator(progress, { numerator: 0, denominator: 0 })).toMatchObject({ rate: null, points: null });
  });

  it("is between 0 and its points, and grows with the rate", () => {
    const counts = fc.integer({ min: 1, max: 1000 }).chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: 0, max: d }), fc.integer({ min: 0, max: d })));
    fc.assert(
      fc.property(counts, fc.double({ min: 0.05, max: 1, noNaN: true }), ([d, a, b], fullAt) => {
        const setting = { ...progress, fullAt };
        const low = scoreIndicator(setting, { numerator: Math.min(a, b), denominator: d }).points!;
        const high = scoreIndicator(setting, { numerator: Math.max(a, b), denominator: d }).points!;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(setting.maxPoints);
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
});

describe("the whole index", () => {
  it("the default split gives each group its official points", () => {
    expect(groupTotalsMismatch(DEFAULT_INDICATORS)).toEqual([]);
    const total = DEFAULT_INDICATORS.reduce((sum, setting) => sum + setting.maxPoints, 0);
    expect(total).toBe(100);
    expect(Object.values(GROUP_POINTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("an agency perfect on everything scores 100", () => {
    const measures = Object.fromEntries(DEFAULT_INDICATORS.map((setting) => [setting.key, { numerator: 10, denominator: 10 }]));
    const score = scoreIndex(DEFAULT_INDICATORS, measures);
    expect(score.total).toBe(100);
    expect(score.groups.map((group) => group.points)).toEqual(INDEX_GROUPS.map((group) => GROUP_POINTS[group]));
  });

  it("a hand-computed agency", () => {
    // Catalogue 9/10 → 9; trail 50/50 → 8; progress 45/50 = 90 % → 20; online 10/50 = 20 % → 4.8;
    // payment 4/8 = 50 % → 6.25; results 20/40 = 50 % → 5; papers 40/50 → 8; identity 5/10 → 3.75;
    // satisfaction 1 − (2/40 + 1/10) = 85 % → 17. Total 81.8 of 100.
    const score = scoreIndex(DEFAULT_INDICATORS, {
      PUBLICITY_CATALOGUE: { numerator: 9, denominator: 10 },
      PUBLICITY_TRAIL: { numerator: 50, denominator: 50 },
      PROGRESS_ON_TIME: { numerator: 45, denominator: 50 },
      ONLINE_DOSSIERS: { numerator: 10, denominator: 50 },
      ONLINE_PAYMENT: { numerator: 4, denominator: 8 },
      DIGITISATION_RESULTS: { numerator: 20, denominator: 40 },
      DIGITISATION_PAPERS: { numerator: 40, denominator: 50 },
      DIGITISATION_IDENTITY: { numerator: 5, denominator: 10 },
      SATISFACTION_RATE: satisfactionMeasure({ resolved: 40, resolvedLate: 2, ratings: 10, ratingsNotSatisfied: 1 }),
    });
    expect(score.groups.map((group) => group.points)).toEqual([17, 20, 11.05, 16.75, 17]);
    expect(score.earned).toBe(81.8);
    expect(score.total).toBe(81.8);
  });

  it("what cannot be measured is left out of the total rather than counted as zero", () => {
    // No fee-charging procedure: payment is not measured; everything else perfect → 100.
    const measures = Object.fromEntries(
      DEFAULT_INDICATORS.filter((setting) => setting.key !== "ONLINE_PAYMENT").map((setting) => [setting.key, { numerator: 1, denominator: 1 }]),
    );
    const score = scoreIndex(DEFAULT_INDICATORS, measures);
    expect(score.measurable).toBe(90);
    expect(score.total).toBe(100);
    expect(score.groups.find((group) => group.group === "ONLINE")).toMatchObject({ points: 12, maxPoints: 22 });
  });

  it("an agency with no dossier at all has no score", () => {
    expect(scoreIndex(DEFAULT_INDICATORS, {}).total).toBeNull();
  });

  it("a disabled indicator is not scored, and the group totals then say they no longer match", () => {
    const settings = DEFAULT_INDICATORS.map((setting) => (setting.key === "DIGITISATION_IDENTITY" ? { ...setting, enabled: false } : setting));
    expect(groupTotalsMismatch(settings)).toEqual(["DIGITISATION"]);
    const score = scoreIndex(settings, { DIGITISATION_IDENTITY: { numerator: 1, denominator: 1 } });
    expect(score.groups.find((group) => group.group === "DIGITISATION")!.indicators.map((i) => i.key)).not.toContain("DIGITISATION_IDENTITY");
  });
});

describe("satisfaction (100 % − late rate − not satisfied rate)", () => {
  it.each([
    { name: "nothing late, everyone satisfied", counts: { resolved: 10, resolvedLate: 0, ratings: 5, ratingsNotSatisfied: 0 }, rate: 1 },
    { name: "10 % late, 20 % not satisfied", counts: { resolved: 10, resolvedLate: 1, ratings: 5, ratingsNotSatisfied: 1 }, rate: 0.7 },
    { name: "without ratings only lateness counts", counts: { resolved: 4, resolvedLate: 1, ratings: 0, ratingsNotSatisfied: 0 }, rate: 0.75 },
    { name: "never below zero", counts: { resolved: 1, resolvedLate: 1, ratings: 1, ratingsNotSatisfied: 1 }, rate: 0 },
  ])("$name", ({ counts, rate }) => {
    const measure = satisfactionMeasure(counts);
    expect(measure.numerator / measure.denominator).toBeCloseTo(rate, 4);
  });

  it("nothing resolved and nothing rated: nothing to measure", () => {
    expect(satisfactionMeasure({ resolved: 0, resolvedLate: 0, ratings: 0, ratingsNotSatisfied: 0 }).denominator).toBe(0);
  });
});
