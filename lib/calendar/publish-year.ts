import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clearCalendarCache } from "./load";

/**
 * The administrator marks a year's schedule as officially published (after checking its days
 * against the Government's notice). Deadlines that rested on it stop being provisional: the caller
 * then recomputes them (lib/dossiers/recompute-due-dates.ts).
 */
export async function publishCalendarYear(args: { year: number; now: Date; source?: string }): Promise<void> {
  const { year, now } = args;
  const days = await db.calendarDay.count({ where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } } });
  // A year is published whole: every one of its dates must have its row first.
  const length = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  if (days !== length) throw new AppError("VALIDATION");
  await db.calendarYear.upsert({
    where: { year },
    create: { year, isPublished: true, publishedAt: now, source: args.source ?? null },
    update: { isPublished: true, publishedAt: now, ...(args.source ? { source: args.source } : {}) },
  });
  clearCalendarCache();
}
