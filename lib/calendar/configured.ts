// The calendar as configured: the stored rows and the desks' working hours from the environment.
// Not server-only, so that the history generator's worker thread can build the same calendar.
import type { PrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import type { CalendarContext } from "./deadlines";
import { buildWorkingCalendar, buildWorkingHours, type WorkingCalendar, type WorkingHours } from "./working-calendar";

export function configuredWorkingHours(): WorkingHours {
  return buildWorkingHours({
    morningStart: env.WORKDAY_MORNING_START,
    morningEnd: env.WORKDAY_MORNING_END,
    afternoonStart: env.WORKDAY_AFTERNOON_START,
    afternoonEnd: env.WORKDAY_AFTERNOON_END,
  });
}

/** The working calendar of the stored rows; a day is published when its year is. */
export function calendarFromRows(
  rows: readonly { date: Date; isWorkingDay: boolean }[],
  publishedYears: readonly { year: number }[],
): WorkingCalendar {
  const published = new Set(publishedYears.map((row) => row.year));
  return buildWorkingCalendar(
    rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), isWorkingDay: row.isWorkingDay, isPublished: published.has(row.date.getUTCFullYear()) })),
  );
}

/** The calendar as stored now (uncached): for the background jobs, which run outside Next.js. */
export async function readCalendarContext(db: Pick<PrismaClient, "calendarDay" | "calendarYear">): Promise<CalendarContext> {
  const [rows, years] = await Promise.all([
    db.calendarDay.findMany({ select: { date: true, isWorkingDay: true } }),
    db.calendarYear.findMany({ where: { isPublished: true }, select: { year: true } }),
  ]);
  return { calendar: calendarFromRows(rows, years), hours: configuredWorkingHours() };
}
