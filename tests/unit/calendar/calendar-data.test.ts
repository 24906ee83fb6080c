// The calendar file the seed loads says what the hand-written fixture says, year by year.
import { describe, expect, it } from "vitest";
import { datesOfYear } from "@/lib/calendar";
import { buildCalendarRows, toDateKey } from "@/prisma/seed/calendar";
import { loadCalendarFile } from "@/prisma/seed/source-data";
import { calendar2026 } from "../../support/calendar";

describe("prisma/seed/data/calendar.json", () => {
  const file = loadCalendarFile();
  const rows = new Map(buildCalendarRows(file).map((row) => [toDateKey(row.date), row]));

  it("has every day of 2026 as the Government published it", () => {
    const differing = datesOfYear(2026).filter((date) => rows.get(date)?.isWorkingDay !== calendar2026().isWorkingDay(date));
    expect(differing).toEqual([]);
  });

  it("marks 2025 and 2026 published and 2027 not yet, by a column, not by a name", () => {
    expect(file.years.map((year) => [year.year, year.published])).toEqual([[2025, true], [2026, true], [2027, false]]);
    expect([...rows.values()].filter((row) => /dự kiến|provisional/i.test(`${row.name} ${row.nameEn}`))).toEqual([]);
  });

  it("names each National Day 2026 day for what it is", () => {
    expect(["2026-08-22", "2026-08-31", "2026-09-01", "2026-09-02"].map((date) => rows.get(date)?.kind)).toEqual([
      "MAKEUP_WORKDAY", "COMPENSATORY_DAY_OFF", "HOLIDAY", "HOLIDAY",
    ]);
  });
});
