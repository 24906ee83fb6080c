// The working calendar (docs/domain/deadlines.md): one row per date from data/calendar.json, which
// lists only the exceptions. Weekdays default to WORKDAY, Saturdays and Sundays to WEEKEND;
// holidays, compensatory days off and make-up working Saturdays come from the file, where an
// administrator (or a developer, before the admin screen exists) changes them each year. Each year
// of the file says whether its schedule is officially published (table calendar_year).
import type { PrismaClient } from "../../lib/db-client.ts";
import type { CalendarException, CalendarFile, CalendarKindName } from "./source-data.ts";

export type DayKindName = "WORKDAY" | "WEEKEND" | CalendarKindName;

export type CalendarRow = {
  date: Date;
  isWorkingDay: boolean;
  kind: DayKindName;
  name: string | null;
  nameEn: string | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-01-10" → midnight UTC of that date (how Prisma stores a @db.Date). */
export function parseDateKey(key: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) throw new Error(`Invalid date in calendar.json: ${key}`);
  const date = new Date(`${key}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== key) {
    throw new Error(`Invalid date in calendar.json: ${key}`);
  }
  return date;
}

export const toDateKey = (date: Date) => date.toISOString().slice(0, 10);

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

function datesOf(exception: CalendarException): Date[] {
  if (exception.date) return [parseDateKey(exception.date)];
  if (!exception.from || !exception.to) throw new Error(`calendar.json: "${exception.name}" needs date or from/to`);
  const dates: Date[] = [];
  const end = parseDateKey(exception.to).getTime();
  for (let time = parseDateKey(exception.from).getTime(); time <= end; time += DAY_MS) dates.push(new Date(time));
  if (dates.length === 0) throw new Error(`calendar.json: "${exception.name}" ends before it starts`);
  return dates;
}

/** Every date of the file's range, defaults first, then the exceptions on top. Pure. */
export function buildCalendarRows(file: CalendarFile): CalendarRow[] {
  const start = parseDateKey(file.from).getTime();
  const end = parseDateKey(file.to).getTime();
  const rows = new Map<string, CalendarRow>();
  for (let time = start; time <= end; time += DAY_MS) {
    const date = new Date(time);
    const weekend = isWeekend(date);
    rows.set(toDateKey(date), {
      date,
      isWorkingDay: !weekend,
      kind: weekend ? "WEEKEND" : "WORKDAY",
      name: null,
      nameEn: null,
    });
  }
  const seen = new Set<string>();
  for (const exception of file.exceptions) {
    for (const date of datesOf(exception)) {
      const key = toDateKey(date);
      const row = rows.get(key);
      if (!row) throw new Error(`calendar.json: ${key} is outside ${file.from}…${file.to}`);
      if (seen.has(key)) throw new Error(`calendar.json: ${key} is listed twice`);
      seen.add(key);
      if (exception.kind === "MAKEUP_WORKDAY" && !isWeekend(date)) {
        throw new Error(`calendar.json: make-up working day ${key} is not a Saturday or Sunday`);
      }
      rows.set(key, { date, isWorkingDay: exception.kind === "MAKEUP_WORKDAY", kind: exception.kind, name: exception.name, nameEn: exception.nameEn });
    }
  }
  return [...rows.values()];
}

export type CalendarSync = {
  days: number;
  /** Dates whose working/off status differs from what the database had (empty on a first run). */
  changedDates: string[];
  /** Years the file publishes that the database had not published yet. */
  newlyPublishedYears: number[];
  /** Years an administrator published that the file still calls unpublished: left as they are. */
  keptYears: number[];
};

const yearOf = (key: string) => Number(key.slice(0, 4));

/**
 * Applies the file to the database in one transaction, so a re-run applies the edited file exactly
 * and never leaves a half-written year: the days of each year are replaced, and each year's
 * publication set as the file says. A year an administrator has published while the file still
 * calls it unpublished is the administrator's: its days and flag are left alone. The insert is one
 * statement over arrays (unnest): Prisma's createMany spends seconds planning a thousand-row insert.
 */
export async function seedCalendar(db: PrismaClient, file: CalendarFile): Promise<CalendarSync> {
  for (let year = yearOf(file.from); year <= yearOf(file.to); year++) {
    if (!file.years.some((spec) => spec.year === year)) throw new Error(`calendar.json: year ${year} is not listed in "years"`);
  }
  const [storedYears, storedDays] = await Promise.all([
    db.calendarYear.findMany({ select: { year: true, isPublished: true } }),
    db.calendarDay.findMany({ where: { date: { gte: parseDateKey(file.from), lte: parseDateKey(file.to) } }, select: { date: true, isWorkingDay: true } }),
  ]);
  const publishedInDb = new Set(storedYears.filter((year) => year.isPublished).map((year) => year.year));
  const publishedInFile = new Set(file.years.filter((year) => year.published).map((year) => year.year));
  const keptYears = [...publishedInDb].filter((year) => !publishedInFile.has(year) && file.years.some((spec) => spec.year === year));
  const rows = buildCalendarRows(file).filter((row) => !keptYears.includes(yearOf(toDateKey(row.date))));
  const stored = new Map(storedDays.map((day) => [toDateKey(day.date), day.isWorkingDay]));
  const changedDates = stored.size === 0 ? [] : rows.filter((row) => stored.get(toDateKey(row.date)) !== row.isWorkingDay).map((row) => toDateKey(row.date));
  const years = file.years.filter((spec) => !keptYears.includes(spec.year));
  const column = <T>(pick: (row: CalendarRow) => T) => rows.map(pick);
  const now = new Date();
  await db.$transaction([
    ...years.map((spec) =>
      db.calendarDay.deleteMany({ where: { date: { gte: parseDateKey(`${spec.year}-01-01`), lte: parseDateKey(`${spec.year}-12-31`) } } }),
    ),
    db.$executeRaw`
      INSERT INTO "calendar_day" ("date", "is_working_day", "kind", "name", "name_en")
      SELECT day::date, working, kind::"DayKind", name, name_en
      FROM unnest(${column((row) => toDateKey(row.date))}::text[], ${column((row) => row.isWorkingDay)}::boolean[],
                  ${column((row) => row.kind)}::text[], ${column((row) => row.name)}::text[], ${column((row) => row.nameEn)}::text[])
        AS t(day, working, kind, name, name_en)
      ON CONFLICT ("date") DO UPDATE SET "is_working_day" = excluded."is_working_day", "kind" = excluded."kind",
        "name" = excluded."name", "name_en" = excluded."name_en"`,
    ...years.map((spec) =>
      db.calendarYear.upsert({
        where: { year: spec.year },
        create: { year: spec.year, isPublished: spec.published, publishedAt: spec.published ? now : null, source: spec.source },
        update: { isPublished: spec.published, source: spec.source, ...(spec.published && !publishedInDb.has(spec.year) ? { publishedAt: now } : {}), ...(!spec.published ? { publishedAt: null } : {}) },
      }),
    ),
  ]);
  return {
    days: rows.length,
    changedDates,
    newlyPublishedYears: years.filter((spec) => spec.published && !publishedInDb.has(spec.year)).map((spec) => spec.year),
    keptYears,
  };
}
