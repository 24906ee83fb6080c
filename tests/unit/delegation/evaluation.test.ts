// The evaluation of a delegation (lib/delegation/evaluation.ts) on a small history computed by
// hand: a department's procedure delegated to the wards from Thursday 15 January 2026 (the middle
// of a month), evaluated on 13 February; each event counted on its own day, as the rollups count it.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, type DateKey } from "@/lib/calendar/local-time";
import { evaluationOf, evaluationWindows, figuresOf, sumsOf, type DurationDay, type RollupDay } from "@/lib/delegation/evaluation";
import { percentile } from "@/lib/statistics/percentiles";

type Dossier = {
  agencyId: string;
  channel: "ONLINE" | "IN_PERSON";
  received: DateKey;
  supplement?: DateKey;
  result?: { day: DateKey; verdict: "EARLY" | "ON_TIME" | "LATE"; workingDays: number };
  rating?: { day: DateKey; satisfied: boolean };
};

/** What the transitions would have written: one row per event, on the event's day. */
function rollupsOf(dossiers: readonly Dossier[]): { rows: RollupDay[]; durations: DurationDay[] } {
  const zero = { received: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, supplementRequests: 0, ratings: 0, ratingsSatisfied: 0 };
  const rows: RollupDay[] = [];
  const durations: DurationDay[] = [];
  for (const d of dossiers) {
    const base = { agencyId: d.agencyId, channel: d.channel };
    rows.push({ ...base, ...zero, day: d.received, received: 1 });
    if (d.supplement) rows.push({ ...base, ...zero, day: d.supplement, supplementRequests: 1 });
    if (d.result) {
      const counter = d.result.verdict === "EARLY" ? "resolvedEarly" : d.result.verdict === "ON_TIME" ? "resolvedOnTime" : "resolvedLate";
      rows.push({ ...base, ...zero, day: d.result.day, [counter]: 1 });
      durations.push({ day: d.result.day, agencyId: d.agencyId, workingDays: d.result.workingDays, count: 1 });
    }
    if (d.rating) rows.push({ ...base, ...zero, day: d.rating.day, ratings: 1, ratingsSatisfied: d.rating.satisfied ? 1 : 0 });
  }
  return { rows, durations };
}

const history: Dossier[] = [
  // The department, before the first day (and one it kept, resolved after).
  { agencyId: "dept", channel: "ONLINE", received: "2025-12-20", result: { day: "2025-12-26", verdict: "ON_TIME", workingDays: 4 }, rating: { day: "2025-12-28", satisfied: true } },
  { agencyId: "dept", channel: "IN_PERSON", received: "2026-01-05", supplement: "2026-01-06", result: { day: "2026-01-14", verdict: "LATE", workingDays: 6 }, rating: { day: "2026-01-15", satisfied: false } },
  { agencyId: "dept", channel: "ONLINE", received: "2026-01-10", result: { day: "2026-01-20", verdict: "EARLY", workingDays: 3 } },
  // Received before the window, resolved inside it: a result of the "before" days, not a receipt.
  { agencyId: "dept", channel: "IN_PERSON", received: "2025-12-10", result: { day: "2025-12-18", verdict: "ON_TIME", workingDays: 5 } },
  // The wards, from the first day.
  { agencyId: "ward-a", channel: "ONLINE", received: "2026-01-15", result: { day: "2026-01-19", verdict: "EARLY", workingDays: 2 }, rating: { day: "2026-01-20", satisfied: true } },
  { agencyId: "ward-b", channel: "ONLINE", received: "2026-01-20", supplement: "2026-01-21", result: { day: "2026-01-29", verdict: "ON_TIME", workingDays: 5 } },
  { agencyId: "ward-a", channel: "IN_PERSON", received: "2026-02-10" },
  { agencyId: "ward-b", channel: "ONLINE", received: "2026-01-16", result: { day: "2026-01-16", verdict: "EARLY", workingDays: 0 }, rating: { day: "2026-01-16", satisfied: true } },
  // Another agency's dossiers of the procedure are not the delegation's.
  { agencyId: "elsewhere", channel: "ONLINE", received: "2026-01-20", result: { day: "2026-01-22", verdict: "LATE", workingDays: 9 } },
];

const delegation = { validFrom: "2026-01-15", validUntil: null, revokedAt: null };
const TODAY = "2026-02-13";

describe("the windows", () => {
  it("after: the first day to today; before: as many days just before", () => {
    expect(evaluationWindows(delegation, TODAY)).toEqual({
      before: { from: "2025-12-16", to: "2026-01-14", days: 30 },
      after: { from: "2026-01-15", to: "2026-02-13", days: 30 },
    });
  });
  it("nothing before the first day", () => {
    expect(evaluationWindows(delegation, "2026-01-14")).toBeNull();
  });
  it("the first day alone", () => {
    expect(evaluationWindows(delegation, "2026-01-15")).toEqual({ before: { from: "2026-01-14", to: "2026-01-14", days: 1 }, after: { from: "2026-01-15", to: "2026-01-15", days: 1 } });
  });
  it("stops at the last day, at the day of revocation, and after a year", () => {
    expect(evaluationWindows({ ...delegation, validUntil: "2026-01-31" }, TODAY)?.after).toEqual({ from: "2026-01-15", to: "2026-01-31", days: 17 });
    // Revoked at 01:00 UTC on 1 February = 08:00 in Hà Nội: that day was partly the delegation's.
    expect(evaluationWindows({ ...delegation, revokedAt: new Date("2026-02-01T01:00:00Z") }, TODAY)?.after.to).toBe("2026-02-01");
    expect(evaluationWindows(delegation, "2028-01-01")).toEqual({
      before: { from: "2025-01-15", to: "2026-01-14", days: 365 },
      after: { from: "2026-01-15", to: "2027-01-14", days: 365 },
    });
  });
  it("both sides always have the same length and meet at the first day", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 900 }), fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }), (daysSince, length) => {
      const windows = evaluationWindows({ ...delegation, validUntil: length === null ? null : addDays("2026-01-15", length) }, addDays("2026-01-15", daysSince))!;
      expect(windows.before.days).toBe(windows.after.days);
      expect(addDays(windows.before.to, 1)).toBe(windows.after.from);
      expect(windows.after.days).toBeLessThanOrEqual(365);
    }));
  });
});

describe("the figures, by hand", () => {
  const { rows, durations } = rollupsOf(history);
  const windows = evaluationWindows(delegation, TODAY)!;
  const wards = new Set(["ward-a", "ward-b"]);
  const dept = new Set(["dept"]);
  const both = new Set([...wards, ...dept]);
  const evaluation = evaluationOf(windows, {
    before: sumsOf(rows, durations, windows.before, both),
    afterDelegates: sumsOf(rows, durations, windows.after, wards),
    afterDelegator: sumsOf(rows, durations, windows.after, dept),
  });

  it("before: 3 received (2 online), 3 results (2 in time; 4, 5 and 6 working days), 1 supplement request, 1 rating", () => {
    expect(evaluation.before).toEqual({
      received: { value: 3, n: 3, isSmall: true },
      medianWorkingDays: { value: 5, n: 3, isSmall: true },
      p90WorkingDays: { value: 6, n: 3, isSmall: true },
      onTimeRate: { value: 0.6667, n: 3, isSmall: true },
      supplementRequestRate: { value: 0.3333, n: 3, isSmall: true },
      satisfactionRate: { value: 1, n: 1, isSmall: true },
      onlineShare: { value: 0.6667, n: 3, isSmall: true },
    });
  });

  it("the wards after: 4 received (3 online), 3 results in 0, 2 and 5 days all in time, 1 supplement request, 2 satisfied", () => {
    expect(evaluation.delegates).toEqual({
      received: { value: 4, n: 4, isSmall: true },
      medianWorkingDays: { value: 2, n: 3, isSmall: true },
      p90WorkingDays: { value: 5, n: 3, isSmall: true },
      onTimeRate: { value: 1, n: 3, isSmall: true },
      supplementRequestRate: { value: 0.25, n: 4, isSmall: true },
      satisfactionRate: { value: 1, n: 2, isSmall: true },
      onlineShare: { value: 0.75, n: 4, isSmall: true },
    });
  });

  it("the department after: nothing received, the dossier it kept resolved early in 3 days, the late one's rating", () => {
    expect(evaluation.delegator).toEqual({
      received: { value: 0, n: 0, isSmall: true },
      medianWorkingDays: { value: 3, n: 1, isSmall: true },
      p90WorkingDays: { value: 3, n: 1, isSmall: true },
      onTimeRate: { value: 1, n: 1, isSmall: true },
      supplementRequestRate: { value: null, n: 0, isSmall: true },
      satisfactionRate: { value: 0, n: 1, isSmall: true },
      onlineShare: { value: null, n: 0, isSmall: true },
    });
  });

  it("after, all together: the sums of both, never an average of their rates", () => {
    expect(evaluation.after).toMatchObject({
      received: { value: 4, n: 4 },
      medianWorkingDays: { value: 2, n: 4 },
      p90WorkingDays: { value: 5, n: 4 },
      onTimeRate: { value: 1, n: 4 },
      supplementRequestRate: { value: 0.25, n: 4 },
      satisfactionRate: { value: 0.6667, n: 3 },
      onlineShare: { value: 0.75, n: 4 },
    });
  });

  it("a sample of 20 or more is no longer small", () => {
    const many = { ...sumsOf(rows, durations, windows.after, wards), received: 20, durations: new Map([[3, 19]]) };
    expect(figuresOf(many).received.isSmall).toBe(false);
    expect(figuresOf(many).medianWorkingDays.isSmall).toBe(true);
  });

  it("the median and 90th percentile are those of the merged histogram, for any split into two sides", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean()), { minLength: 1, maxLength: 60 }), (results) => {
      const toRows = (side: boolean) => results.filter(([, isWard]) => isWard === side).map(([days], index): DurationDay => ({ day: "2026-01-20", agencyId: side ? "ward-a" : "dept", workingDays: days, count: 1 + (index % 2) }));
      const all = [...toRows(true), ...toRows(false)];
      const after = evaluationOf(windows, {
        before: sumsOf([], [], windows.before, both),
        afterDelegates: sumsOf([], all, windows.after, wards),
        afterDelegator: sumsOf([], all, windows.after, dept),
      }).after;
      const histogram = new Map<number, number>();
      for (const row of all) histogram.set(row.workingDays, (histogram.get(row.workingDays) ?? 0) + row.count);
      expect(after.medianWorkingDays.value).toBe(percentile(histogram, 0.5));
      expect(after.p90WorkingDays.value).toBe(percentile(histogram, 0.9));
      expect(after.medianWorkingDays.n).toBe(all.reduce((total, row) => total + row.count, 0));
    }));
  });
});
