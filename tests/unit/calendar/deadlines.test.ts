import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addWorkingMinutes,
  computeDueDate,
  formatLocalIso,
  pausedWorkingMinutes,
  toLocal,
  workingMinutesBetween,
  type TimeLimit,
} from "@/lib/calendar";
import { context2026, hanoi } from "../../support/calendar";

describe("computeDueDate: cases a Hà Nội officer checks by hand", () => {
  const cases: { name: string; receivedAt: string; limit: TimeLimit; cutoff?: boolean; due: string }[] = [
    {
      name: "5 working days received Fri 13 Feb 2026 10:00 skip Tết (14–22 Feb)",
      receivedAt: "2026-02-13 10:00", limit: { value: 5, unit: "WORKING_DAYS" }, due: "2026-02-27T10:00:00+07:00",
    },
    {
      name: "1 working day received Fri 9 Jan 2026: Sat 10 Jan is a make-up working day",
      receivedAt: "2026-01-09 10:00", limit: { value: 1, unit: "WORKING_DAYS" }, due: "2026-01-10T10:00:00+07:00",
    },
    {
      name: "same-day certification received at 15:30 is due at closing of the next working day",
      receivedAt: "2026-03-03 15:30", limit: { value: 1, unit: "WORKING_DAYS" }, cutoff: true, due: "2026-03-04T17:00:00+07:00",
    },
    {
      name: "same-day certification received at 14:59 is due the same day",
      receivedAt: "2026-03-03 14:59", limit: { value: 1, unit: "WORKING_DAYS" }, cutoff: true, due: "2026-03-03T17:00:00+07:00",
    },
    {
      name: "same-day certification received at 15:00 sharp is still the same day",
      receivedAt: "2026-03-03 15:00", limit: { value: 1, unit: "WORKING_DAYS" }, cutoff: true, due: "2026-03-03T17:00:00+07:00",
    },
    {
      name: "same-day procedure received Friday after 15:00 is due Monday",
      receivedAt: "2026-03-06 16:10", limit: { value: 1, unit: "WORKING_DAYS" }, cutoff: true, due: "2026-03-09T17:00:00+07:00",
    },
    {
      name: "3 working days received Wed 29 Apr 2026 skip 30 Apr, 1 May and the weekend",
      receivedAt: "2026-04-29 10:00", limit: { value: 3, unit: "WORKING_DAYS" }, due: "2026-05-06T10:00:00+07:00",
    },
    {
      name: "received after closing counts from the next working day",
      receivedAt: "2026-03-03 18:45", limit: { value: 1, unit: "WORKING_DAYS" }, due: "2026-03-04T17:00:00+07:00",
    },
    {
      name: "received during the lunch break counts from 13:00",
      receivedAt: "2026-03-03 12:20", limit: { value: 4, unit: "HOURS" }, due: "2026-03-03T17:00:00+07:00",
    },
    {
      name: "received on a Sunday counts from Monday 08:00",
      receivedAt: "2026-03-08 09:00", limit: { value: 2, unit: "WORKING_DAYS" }, due: "2026-03-10T17:00:00+07:00",
    },
    {
      name: "8 working hours from 16:00 end at 16:00 the next working day",
      receivedAt: "2026-03-03 16:00", limit: { value: 8, unit: "HOURS" }, due: "2026-03-04T16:00:00+07:00",
    },
    {
      name: "15 calendar days landing on a Saturday move to Monday",
      receivedAt: "2026-03-06 09:00", limit: { value: 15, unit: "CALENDAR_DAYS" }, due: "2026-03-23T17:00:00+07:00",
    },
    {
      name: "10 calendar days landing in Tết move to the first working day after it",
      receivedAt: "2026-02-09 09:00", limit: { value: 10, unit: "CALENDAR_DAYS" }, due: "2026-02-23T17:00:00+07:00",
    },
  ];

  it.each(cases)("$name", ({ receivedAt, limit, cutoff, due }) => {
    const dueAt = computeDueDate(hanoi(receivedAt), limit, { hasSameDayCutoff: cutoff }, context2026);
    expect(formatLocalIso(dueAt)).toBe(due);
  });

  it("restarts from zero when the complete supplement arrives", () => {
    const limit: TimeLimit = { value: 3, unit: "WORKING_DAYS" };
    const firstDue = computeDueDate(hanoi("2026-03-02 09:00"), limit, {}, context2026);
    // Supplement requested on day 2, complete papers arrive Mon 9 Mar 14:00: three full working
    // days again from then, whatever had already run.
    const restartedDue = computeDueDate(hanoi("2026-03-09 14:00"), limit, {}, context2026);
    expect(formatLocalIso(firstDue)).toBe("2026-03-05T09:00:00+07:00");
    expect(formatLocalIso(restartedDue)).toBe("2026-03-12T14:00:00+07:00");
  });

  it("refuses a time limit that is not a positive number", () => {
    for (const value of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => computeDueDate(hanoi("2026-03-02 09:00"), { value, unit: "WORKING_DAYS" }, {}, context2026)).toThrow();
    }
  });
});

describe("working time between instants", () => {
  it("counts only working hours of working days", () => {
    expect(workingMinutesBetween(hanoi("2026-02-13 10:00"), hanoi("2026-02-23 09:00"), context2026)).toBe(6 * 60 + 60);
    expect(workingMinutesBetween(hanoi("2026-03-03 11:00"), hanoi("2026-03-03 14:00"), context2026)).toBe(120);
    expect(workingMinutesBetween(hanoi("2026-03-03 14:00"), hanoi("2026-03-03 11:00"), context2026)).toBe(0);
  });

  it("adds up the pauses waiting for the applicant", () => {
    const pauses = [
      { from: hanoi("2026-03-03 16:00"), to: hanoi("2026-03-04 09:00") },
      { from: hanoi("2026-03-06 08:00"), to: hanoi("2026-03-09 08:00") },
    ];
    expect(pausedWorkingMinutes(pauses, context2026)).toBe(120 + 480);
  });
});

describe("properties over any receipt time in 2026", () => {
  const instant = fc
    .integer({ min: Date.parse("2026-01-01T00:00:00+07:00"), max: Date.parse("2026-12-01T00:00:00+07:00") })
    .map((ms) => new Date(ms));
  const limit = fc.record({
    value: fc.integer({ min: 1, max: 40 }),
    unit: fc.constantFrom<TimeLimit["unit"]>("WORKING_DAYS", "CALENDAR_DAYS", "HOURS"),
  });
  const cutoff = fc.boolean();

  it("a due date is on a working day, within working hours, and never before receipt", () => {
    fc.assert(
      fc.property(instant, limit, cutoff, (receivedAt, timeLimit, hasSameDayCutoff) => {
        const due = computeDueDate(receivedAt, timeLimit, { hasSameDayCutoff }, context2026);
        const local = toLocal(due);
        expect(context2026.calendar.isWorkingDay(local.date)).toBe(true);
        expect(local.minuteOfDay).toBeGreaterThanOrEqual(8 * 60);
        expect(local.minuteOfDay).toBeLessThanOrEqual(17 * 60);
        expect(due.getTime()).toBeGreaterThan(receivedAt.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it("more time never gives an earlier date", () => {
    fc.assert(
      fc.property(instant, limit, fc.integer({ min: 0, max: 20 }), cutoff, (receivedAt, timeLimit, extra, hasSameDayCutoff) => {
        const shorter = computeDueDate(receivedAt, timeLimit, { hasSameDayCutoff }, context2026);
        const longer = computeDueDate(receivedAt, { ...timeLimit, value: timeLimit.value + extra }, { hasSameDayCutoff }, context2026);
        expect(longer.getTime()).toBeGreaterThanOrEqual(shorter.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it("adding working time and measuring it back agree", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 10_000 }), (start, minutes) => {
        const clockStart = addWorkingMinutes(start, 0, context2026);
        const end = addWorkingMinutes(start, minutes, context2026);
        expect(workingMinutesBetween(clockStart, end, context2026)).toBeCloseTo(minutes, 6);
      }),
      { numRuns: 300 },
    );
  });
});
