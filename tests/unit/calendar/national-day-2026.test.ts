// National Day 2026 (Ministry of Home Affairs notice of 16 October 2025): Saturday 29 August to
// Wednesday 2 September off, Monday 31 August swapped with Saturday 22 August, which is worked.
import { describe, expect, it } from "vitest";
import { computeDueDate, formatLocalIso, transferDeadline, type TimeLimit } from "@/lib/calendar";
import { context2026, hanoi } from "../../support/calendar";

describe("appointments across 22 August – 9 September 2026", () => {
  const cases: { name: string; receivedAt: string; limit: TimeLimit; cutoff?: boolean; due: string }[] = [
    { name: "1 working day from Fri 21 Aug lands on the worked Saturday 22 Aug", receivedAt: "2026-08-21 10:00", limit: { value: 1, unit: "WORKING_DAYS" }, due: "2026-08-22T10:00:00+07:00" },
    { name: "3 working days from the worked Saturday 22 Aug count it as day zero", receivedAt: "2026-08-22 10:00", limit: { value: 3, unit: "WORKING_DAYS" }, due: "2026-08-26T10:00:00+07:00" },
    { name: "1 working day from Fri 28 Aug skips 29 Aug–2 Sep", receivedAt: "2026-08-28 10:00", limit: { value: 1, unit: "WORKING_DAYS" }, due: "2026-09-03T10:00:00+07:00" },
    { name: "2 working days from Thu 27 Aug end on Thu 3 Sep", receivedAt: "2026-08-27 10:00", limit: { value: 2, unit: "WORKING_DAYS" }, due: "2026-09-03T10:00:00+07:00" },
    { name: "5 working days from Wed 26 Aug end on Mon 7 Sep", receivedAt: "2026-08-26 09:00", limit: { value: 5, unit: "WORKING_DAYS" }, due: "2026-09-07T09:00:00+07:00" },
    { name: "same-day certification after 15:00 on Fri 28 Aug is due at closing on Thu 3 Sep", receivedAt: "2026-08-28 15:30", limit: { value: 1, unit: "WORKING_DAYS" }, cutoff: true, due: "2026-09-03T17:00:00+07:00" },
    { name: "same-day certification by 15:00 on the worked Saturday is due that Saturday", receivedAt: "2026-08-22 14:00", limit: { value: 1, unit: "WORKING_DAYS" }, cutoff: true, due: "2026-08-22T17:00:00+07:00" },
    { name: "4 working hours from Fri 28 Aug 15:00 end on Thu 3 Sep 10:00", receivedAt: "2026-08-28 15:00", limit: { value: 4, unit: "HOURS" }, due: "2026-09-03T10:00:00+07:00" },
    { name: "10 calendar days from Fri 21 Aug land on Mon 31 Aug, a day off: Thu 3 Sep", receivedAt: "2026-08-21 09:00", limit: { value: 10, unit: "CALENDAR_DAYS" }, due: "2026-09-03T17:00:00+07:00" },
    { name: "received online on Tue 1 Sep, the clock starts on Thu 3 Sep", receivedAt: "2026-09-01 09:00", limit: { value: 1, unit: "WORKING_DAYS" }, due: "2026-09-03T17:00:00+07:00" },
    { name: "3 working days from Wed 9 Sep end on Mon 14 Sep", receivedAt: "2026-09-09 09:00", limit: { value: 3, unit: "WORKING_DAYS" }, due: "2026-09-14T09:00:00+07:00" },
    { name: "10 working days from Mon 24 Aug end on Thu 10 Sep", receivedAt: "2026-08-24 09:00", limit: { value: 10, unit: "WORKING_DAYS" }, due: "2026-09-10T09:00:00+07:00" },
  ];

  it.each(cases)("$name", ({ receivedAt, limit, cutoff, due }) => {
    expect(formatLocalIso(computeDueDate(hanoi(receivedAt), limit, { hasSameDayCutoff: cutoff }, context2026))).toBe(due);
  });

  it.each([
    ["2026-08-21 16:00", "2026-08-22T12:00:00+07:00"],
    ["2026-08-28 14:00", "2026-08-28T17:00:00+07:00"],
    ["2026-08-28 16:00", "2026-09-03T12:00:00+07:00"],
    ["2026-08-29 10:00", "2026-09-03T12:00:00+07:00"],
  ])("papers received %s go to the processing unit by %s", (receivedAt, due) => {
    expect(formatLocalIso(transferDeadline(hanoi(receivedAt), context2026).dueAt)).toBe(due);
  });
});
