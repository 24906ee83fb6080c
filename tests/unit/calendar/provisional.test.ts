// Beyond the published calendar nothing is final: a due date that reaches a year whose schedule
// is not published is provisional, and a replay on the published year gives the real date.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  buildWorkingCalendar,
  computeDueDate,
  datesOfYear,
  dayOfWeek,
  DEFAULT_WORKING_HOURS,
  formatLocalIso,
  isProvisional,
  type CalendarContext,
} from "@/lib/calendar";
import { replayDeadline } from "@/lib/dossiers/deadline-replay";
import { calendar2026, context2026, hanoi } from "../../support/calendar";

/** 2026 published, and 2027 as the administrator will publish it: Tết 5–11 Feb 2027 off. */
function withPublished2027(): CalendarContext {
  const tet2027 = ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"];
  const rows2027 = datesOfYear(2027).map((date) => ({ date, isWorkingDay: ![0, 6].includes(dayOfWeek(date)) && !tet2027.includes(date), isPublished: true }));
  const rows2026 = datesOfYear(2026).map((date) => ({ date, isWorkingDay: calendar2026().isWorkingDay(date), isPublished: true }));
  return { calendar: buildWorkingCalendar([...rows2026, ...rows2027]), hours: DEFAULT_WORKING_HOURS };
}

describe("provisional due dates", () => {
  it("a date within the published year is final", () => {
    const due = computeDueDate(hanoi("2026-11-02 09:00"), { value: 5, unit: "WORKING_DAYS" }, {}, context2026);
    expect(isProvisional(hanoi("2026-11-02 09:00"), due, context2026)).toBe(false);
  });

  it("a date reaching the unpublished 2027 is provisional, then recomputed on publication (Tết 2027)", () => {
    const receivedAt = hanoi("2027-01-28 09:00");
    const limit = { value: 10, unit: "WORKING_DAYS" as const };
    // Without 2027's rows the engine falls back to Monday–Friday, but says so.
    const guessed = computeDueDate(receivedAt, limit, {}, context2026);
    expect(formatLocalIso(guessed)).toBe("2027-02-11T09:00:00+07:00");
    expect(isProvisional(receivedAt, guessed, context2026)).toBe(true);
    const events = [{ action: "RECEIVE", occurredAt: receivedAt, payload: { timeLimit: limit } }];
    expect(replayDeadline(events, context2026)).toMatchObject({ dueAt: guessed, isProvisional: true });
    const published = replayDeadline(events, withPublished2027());
    expect(published && formatLocalIso(published.dueAt)).toBe("2027-02-18T09:00:00+07:00");
    expect(published?.isProvisional).toBe(false);
  });

  it("a date is provisional exactly when some day from the start to it is unpublished", () => {
    const unpublished = new Set(["2026-06-15", "2026-06-16"]);
    const calendar = buildWorkingCalendar(datesOfYear(2026).map((date) => ({ date, isWorkingDay: context2026.calendar.isWorkingDay(date), isPublished: !unpublished.has(date) })));
    const context = { calendar, hours: DEFAULT_WORKING_HOURS };
    const instant = fc.integer({ min: Date.parse("2026-01-01T00:00:00+07:00"), max: Date.parse("2026-12-01T00:00:00+07:00") }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), (start, days) => {
        const due = computeDueDate(start, { value: days, unit: "WORKING_DAYS" }, {}, context);
        const [from, to] = [formatLocalIso(start).slice(0, 10), formatLocalIso(due).slice(0, 10)];
        const touches = [...unpublished].some((date) => date >= from && date <= to) || to > "2026-12-31";
        expect(isProvisional(start, due, context)).toBe(touches);
      }),
      { numRuns: 300 },
    );
  });
});
