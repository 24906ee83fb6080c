// The 2026 days off and make-up days, written by hand as a Hà Nội officer would check them against
// the Government's notices (docs/domain/deadlines.md), independently of prisma/seed/data/calendar.json
// (tests/unit/calendar/calendar-data.test.ts checks that the file says the same). Shared by
// the unit tests (pure) and the integration tests (installCalendar writes it to the database).
import type { PrismaClient } from "@/lib/db-client";
import { buildWorkingCalendar, datesOfYear, dayOfWeek, DEFAULT_WORKING_HOURS, type CalendarContext } from "@/lib/calendar";

export const DAYS_OFF_2026 = [
  "2026-01-01", "2026-01-02", // New Year, 2 Jan swapped with Sat 10 Jan
  "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", // Tết (14–22 Feb with weekends)
  "2026-04-27", // Hùng Kings' day falls on Sun 26 Apr → off Mon 27 Apr
  "2026-04-30", "2026-05-01",
  "2026-08-31", "2026-09-01", "2026-09-02", // National Day: Sat 29 Aug–Wed 2 Sep, Mon 31 Aug swapped with Sat 22 Aug
];
export const MAKE_UP_DAYS_2026 = ["2026-01-10", "2026-08-22"];

/** 2026 as published; 2027 with only its rows' weekdays, not published (its schedule is not out). */
export function calendar2026(options: { isPublished2026?: boolean } = {}) {
  const isPublished = options.isPublished2026 ?? true;
  return buildWorkingCalendar(
    datesOfYear(2026).map((date) => {
      const isWeekend = [0, 6].includes(dayOfWeek(date));
      const isWorkingDay = MAKE_UP_DAYS_2026.includes(date) || (!isWeekend && !DAYS_OFF_2026.includes(date));
      return { date, isWorkingDay, isPublished };
    }),
  );
}

export const context2026: CalendarContext = { calendar: calendar2026(), hours: DEFAULT_WORKING_HOURS };

/** A Hà Nội local time, "2026-02-13 10:00" → Date. */
export function hanoi(local: string): Date {
  return new Date(`${local.replace(" ", "T")}:00+07:00`);
}

/**
 * Writes whole years of the working calendar to the database: 2026 as published (the hand-written
 * days above), other years as plain weekdays. `published` says which years are published.
 */
export async function installCalendar(
  db: PrismaClient,
  years: Record<number, { isPublished: boolean; daysOff?: string[] }>,
  /** Dates to set otherwise (working or not), e.g. an old, wrong version of the calendar. */
  overrides: Record<string, boolean> = {},
): Promise<void> {
  await db.calendarDay.deleteMany();
  await db.calendarYear.deleteMany();
  const rows = Object.entries(years).flatMap(([year, spec]) =>
    datesOfYear(Number(year)).map((date) => {
      const isWorkingDay =
        overrides[date] ?? (Number(year) === 2026 ? calendar2026().isWorkingDay(date) : ![0, 6].includes(dayOfWeek(date)) && !(spec.daysOff ?? []).includes(date));
      const isWeekend = [0, 6].includes(dayOfWeek(date));
      const kind = isWorkingDay ? (isWeekend ? "MAKEUP_WORKDAY" : "WORKDAY") : isWeekend ? "WEEKEND" : "HOLIDAY";
      return { date: new Date(`${date}T00:00:00Z`), isWorkingDay, kind: kind as "WORKDAY" | "WEEKEND" | "HOLIDAY" | "MAKEUP_WORKDAY" };
    }),
  );
  await db.calendarDay.createMany({ data: rows });
  await db.calendarYear.createMany({ data: Object.entries(years).map(([year, spec]) => ({ year: Number(year), isPublished: spec.isPublished })) });
}
