// One rule for every verdict: the dossier's and each leg of the control slip (Mẫu 05).
import { describe, expect, it } from "vitest";
import { applicableTimeLimit, judgeTimeliness, transferDeadline, type DeadlinePrecision, type Timeliness } from "@/lib/calendar";
import { context2026, hanoi } from "../../support/calendar";

describe("judgeTimeliness", () => {
  const cases: [string, string, DeadlinePrecision, Timeliness][] = [
    // Hours mean hours: 4 hours from 08:00 are due at 12:00.
    ["2026-03-10 16:30", "2026-03-10 12:00", "INSTANT", "LATE"],
    ["2026-03-10 12:01", "2026-03-10 12:00", "INSTANT", "LATE"],
    ["2026-03-10 12:00", "2026-03-10 12:00", "INSTANT", "ON_TIME"],
    ["2026-03-10 09:00", "2026-03-10 12:00", "INSTANT", "ON_TIME"],
    ["2026-03-09 16:00", "2026-03-10 12:00", "INSTANT", "EARLY"],
    // Days are judged by the date: on time through the end of the appointment date.
    ["2026-03-16 16:30", "2026-03-16 09:00", "DAY", "ON_TIME"],
    ["2026-03-17 08:00", "2026-03-16 09:00", "DAY", "LATE"],
    ["2026-03-13 16:00", "2026-03-16 09:00", "DAY", "EARLY"],
  ];

  it.each(cases)("finished %s against %s (%s): %s", (finished, due, precision, verdict) => {
    expect(judgeTimeliness(hanoi(finished), { dueAt: hanoi(due), precision })).toBe(verdict);
  });

  it("the desk-to-unit leg is judged by the hour", () => {
    const deadline = transferDeadline(hanoi("2026-03-09 10:00"), context2026);
    expect(deadline.precision).toBe("INSTANT");
    expect(judgeTimeliness(hanoi("2026-03-09 16:59"), deadline)).toBe("ON_TIME");
    expect(judgeTimeliness(hanoi("2026-03-09 17:05"), deadline)).toBe("LATE");
  });
});

describe("applicableTimeLimit", () => {
  const land = { timeLimitValue: "20.00", timeLimitUnit: "WORKING_DAYS" as const, onlineTimeLimitValue: "10.00", onlineTimeLimitUnit: "WORKING_DAYS" as const };
  const plain = { timeLimitValue: 5, timeLimitUnit: "WORKING_DAYS" as const, onlineTimeLimitValue: null, onlineTimeLimitUnit: null };
  const unknown = { timeLimitValue: null, timeLimitUnit: null, onlineTimeLimitValue: null, onlineTimeLimitUnit: null };
  it.each([
    ["online, with an online limit", land, true, { value: 10, unit: "WORKING_DAYS" }],
    ["at the counter, with an online limit", land, false, { value: 20, unit: "WORKING_DAYS" }],
    ["online, without an online limit", plain, true, { value: 5, unit: "WORKING_DAYS" }],
    ["no limit stated", unknown, true, null],
  ] as const)("%s", (_name, procedure, isOnline, expected) => {
    expect(applicableTimeLimit(procedure, isOnline)).toEqual(expected);
  });
});
