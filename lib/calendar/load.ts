import "server-only";
import type { PrismaClient } from "@/lib/db-client";
import { readCalendarContext } from "./configured";
import type { CalendarContext } from "./deadlines";

// The calendar table is small (a row per date) and changes a few times a year; each process keeps
// it for a minute instead of reading it on every request. The cache ages on the process's own
// clock, not on the domain's `now` (which tests and replays move back and forth).
const CACHE_MS = 60_000;
let cached: { context: CalendarContext; loadedAt: number } | undefined;

export async function loadCalendarContext(db: PrismaClient): Promise<CalendarContext> {
  if (cached && performance.now() - cached.loadedAt < CACHE_MS) return cached.context;
  const context = await readCalendarContext(db);
  cached = { context, loadedAt: performance.now() };
  return context;
}

/** Forget the cached calendar (after an administrator edits it, and between tests). */
export function clearCalendarCache(): void {
  cached = undefined;
}
