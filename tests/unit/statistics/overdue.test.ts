// Overdue in progress (lib/statistics/overdue.ts): the verdict rule read at "now".
import { describe, expect, it } from "vitest";
import { isOverdue } from "@/lib/statistics/overdue";
import { hanoi } from "../../support/calendar";

describe("an in-progress dossier is overdue", () => {
  it.each([
    // Due yesterday (a limit in days): it became overdue at midnight, so it is overdue today.
    ["due yesterday at 17:00, now 08:00", "2026-06-09 17:00", "DAY", "2026-06-10 08:00", true],
    ["due yesterday at 10:00, now 00:05", "2026-06-09 10:00", "DAY", "2026-06-10 00:05", true],
    // Due today: on time until the day is over, whatever the hour.
    ["due today at 09:00, now 16:00", "2026-06-10 09:00", "DAY", "2026-06-10 16:00", false],
    ["due tomorrow", "2026-06-11 09:00", "DAY", "2026-06-10 16:00", false],
    // A limit in hours is an instant.
    ["due at 12:00 in hours, now 12:01", "2026-06-10 12:00", "INSTANT", "2026-06-10 12:01", true],
    ["due at 12:00 in hours, now 12:00", "2026-06-10 12:00", "INSTANT", "2026-06-10 12:00", false],
    // Hà Nội's day: 23:30 on the due date is still that day.
    ["due today, now 23:30", "2026-06-10 17:00", "DAY", "2026-06-10 23:30", false],
  ] as const)("%s", (_case, due, precision, now, expected) => {
    expect(isOverdue(hanoi(due), precision, hanoi(now))).toBe(expected);
  });
});
