import "server-only";
import type { PrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import { buildWorkingCalendar, buildWorkingHours, type WorkingHours } from "./working-calendar";
import type { CalendarContext } from "./deadlines";

// The calendar table is small (a row per date) and changes a few times a year; each process keeps
// it for a minute instead of reading it on every request.
const CACHE_MS = 60_000;
let cached: { context: CalendarContext; loadedAt: number } | undefined;

export function configuredWorkingHours(): WorkingHours {
  return buildWorkingHours({
    morningStart: env.WORKDAY_MORNING_START,
    morningEnd: env.WORKDAY_MORNING_END,
    afternoonStart: env.WORKDAY_AFTERNOON_START,
    afternoonEnd: env.WORKDAY_AFTERNOON_END,
  });
}

export async function loadCalendarContext(db: PrismaClient, now: Date): Promise<CalendarContext> {
  if (cached && now.getTime() - cached.loadedAt < CACHE_MS) return cached.context;
  const rows = await db.calendarDay.findMany({ select: { date: true, isWorkingDay: true } });
  const context: CalendarContext = {
    calendar: buildWorkingCalendar(rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), isWorkingDay: row.isWorkingDay }))),
    hours: configuredWorkingHours(),
  };
  cached = { context, loadedAt: now.getTime() };
  return context;
}

/** Forget the cached calendar (after an administrator edits it, and between tests). */
export function clearCalendarCache(): void {
  cached = undefined;
}
