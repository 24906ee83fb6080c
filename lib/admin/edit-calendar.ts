import "server-only";
import { clearCalendarCache } from "@/lib/calendar/load";
import { publishCalendarYear } from "@/lib/calendar/publish-year";
import { db } from "@/lib/db";
import { recomputeProvisionalDueDates, type RecomputeSummary } from "@/lib/dossiers/recompute-due-dates";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { recordAdminChange } from "./audit";
import { AdminFieldErrors, refuse } from "./field-errors";
import { dateRange, defaultYear, editedDay, type DayEditKind } from "./rules";
import { isSystemAdmin, type AdminActor } from "./scope";

// The working calendar is national (Labour Code 2019 art. 112; the Prime Minister's yearly
// decisions on Tết and National Day): only the system administrator edits and publishes it. A
// year's days are edited while it is unpublished; once published they are refused here, because
// appointments were promised on them (a correction goes through the calendar data and
// `npm run calendar -- check`, docs/domain/deadlines.md). Publishing recomputes the provisional
// appointments the year covers, each with an event in its dossier's trail.

const FIRST_YEAR = 2020;
const LAST_YEAR = 2100;

function assertSystem(actor: AdminActor): void {
  if (!isSystemAdmin(actor)) throw new AppError("NOT_FOUND");
}

async function yearState(year: number) {
  const [row, days] = await Promise.all([
    db.calendarYear.findUnique({ where: { year }, select: { isPublished: true } }),
    db.calendarDay.count({ where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } }),
  ]);
  return { isPublished: row?.isPublished ?? false, days, exists: row !== null || days > 0 };
}

/** Adds a year, weekdays worked and weekends off, unpublished, for the administrator to fill in. */
export async function addCalendarYear(args: { actor: AdminActor; year: number; now: Date }): Promise<void> {
  const { actor, year, now } = args;
  assertSystem(actor);
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) refuse("year", "calendarYear");
  if ((await yearState(year)).exists) refuse("year", "calendarYearExists");
  const rows = defaultYear(year);
  await db.$transaction(async (tx) => {
    await tx.calendarDay.createMany({ data: rows.map((row) => ({ date: new Date(`${row.date}T00:00:00Z`), isWorkingDay: row.isWorkingDay, kind: row.kind })), skipDuplicates: true });
    await tx.calendarYear.create({ data: { year, isPublished: false } });
    await recordAdminChange(tx, now, { actorId: actor.userId, agencyId: null, action: "CALENDAR_YEAR_ADDED", targetType: "CALENDAR_YEAR", targetId: String(year), targetLabel: String(year) });
  });
  clearCalendarCache();
}

/** Sets one day, or a run of days, of an unpublished year to a holiday, a day off, a make-up day, or back to normal. */
export async function setCalendarDays(args: { actor: AdminActor; year: number; from: string; to: string; kind: DayEditKind; name: string; now: Date }): Promise<number> {
  const { actor, year, now } = args;
  assertSystem(actor);
  const dates = dateRange(args.from, args.to || args.from);
  if (!dates) refuse("to", "calendarRange");
  if (dates[0]!.slice(0, 4) !== String(year)) refuse("from", "calendarOtherYear", { year });
  const rows = dates.map((date) => ({ date, result: editedDay(date, args.kind, args.name) }));
  const failed = rows.find((row) => !row.result.ok);
  if (failed && !failed.result.ok) {
    const field = failed.result.problem.startsWith("name") ? "name" : "kind";
    throw new AdminFieldErrors({ [field]: `day_${failed.result.problem}` }, { date: formatDate(new Date(`${failed.date}T00:00:00Z`)) });
  }
  await db.$transaction(async (tx) => {
    // Under the year's row lock: a publication and an edit of the same year do not interleave.
    const locked = await tx.$queryRaw<{ is_published: boolean }[]>`SELECT is_published FROM calendar_year WHERE year = ${year} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND");
    if (locked[0]!.is_published) refuse("form", "calendarPublished");
    for (const { result } of rows) {
      if (!result.ok) continue;
      const { date, ...data } = result.row;
      await tx.calendarDay.upsert({ where: { date: new Date(`${date}T00:00:00Z`) }, create: { date: new Date(`${date}T00:00:00Z`), ...data }, update: data });
    }
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: null, action: "CALENDAR_DAYS_SET", targetType: "CALENDAR_YEAR", targetId: String(year), targetLabel: String(year),
      detail: { from: dates[0]!, to: dates[dates.length - 1]!, kind: args.kind, name: args.name.trim() || null },
    });
  });
  clearCalendarCache();
  return dates.length;
}

/**
 * Publishes the year with its official source (number and date of the notice), then recomputes
 * every provisional appointment (lib/dossiers/recompute-due-dates.ts: one RECOMPUTE_DUE_DATE event
 * per dossier whose dates change or become final).
 */
export async function publishYear(args: { actor: AdminActor; year: number; noticeNumber: string; noticeDate: string | null; now: Date }): Promise<RecomputeSummary> {
  const { actor, year, now } = args;
  assertSystem(actor);
  const errors: Record<string, string> = {};
  const number = args.noticeNumber.trim();
  if (number.length < 3 || number.length > 120) errors.noticeNumber = "noticeNumber";
  if (!args.noticeDate) errors.noticeDate = "noticeDate";
  if (Object.keys(errors).length > 0) throw new AdminFieldErrors(errors);
  const state = await yearState(year);
  if (!state.exists) throw new AppError("NOT_FOUND");
  if (state.isPublished) refuse("form", "calendarPublished");
  const length = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  if (state.days !== length) refuse("form", "calendarIncomplete");
  const source = `${number} ngày ${formatDate(new Date(`${args.noticeDate}T00:00:00Z`))}`;
  await publishCalendarYear({ year, now, source });
  const summary = await recomputeProvisionalDueDates({ now, reason: `Lịch làm việc năm ${year} đã được công bố (${source})` });
  await recordAdminChange(db, now, {
    actorId: actor.userId, agencyId: null, action: "CALENDAR_PUBLISHED", targetType: "CALENDAR_YEAR", targetId: String(year), targetLabel: String(year),
    detail: { source, checked: summary.checked, recomputed: summary.recomputed, stillProvisional: summary.stillProvisional },
  });
  return summary;
}
