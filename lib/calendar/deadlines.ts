// Deadlines of the one-stop shop (docs/domain/deadlines.md). Pure: the calendar, the working hours and every
// instant are parameters; nothing here reads the clock.
//
// - The clock starts when a complete, valid dossier is received; received outside working hours,
//   it starts at the next opening of a working day.
// - Working days and hours are counted in working time (8 h a day by default), so 1 working day
//   from Monday 10:00 is Tuesday 10:00, and Tết or a make-up Saturday move it as the table says.
// - Same-day procedures with a 15:00 cut-off (chứng thực: Decree 23/2015 art. 7; hộ tịch: Law on
//   Civil Status 2014 art. 16–18): received by 15:00 on a working day, the result is due at closing
//   the same day; later, at closing of the next working day.
// - Calendar days end at closing time; landing on a day off, the deadline moves to the next
//   working day.
import { addDays, fromLocal, localDateOf, toLocal, type DateKey } from "./local-time";
import { closingMinute, morningEndMinute, workingMinutesPerDay, type WorkingCalendar, type WorkingHours } from "./working-calendar";

export type TimeUnit = "WORKING_DAYS" | "CALENDAR_DAYS" | "HOURS";
export type TimeLimit = { value: number; unit: TimeUnit };
export type DeadlineOptions = { hasSameDayCutoff?: boolean; cutoffMinute?: number };
export type CalendarContext = { calendar: WorkingCalendar; hours: WorkingHours };

export const SAME_DAY_CUTOFF_MINUTE = 15 * 60;
/** No deadline is ever this far: a calendar without working days would otherwise loop forever. */
const MAX_DAYS_SCANNED = 3660;

function assertScanLimit(scanned: number): void {
  if (scanned > MAX_DAYS_SCANNED) throw new RangeError("The working calendar has no working day within ten years");
}

export function nextWorkingDay(date: DateKey, { calendar }: Pick<CalendarContext, "calendar">): DateKey {
  let day = addDays(date, 1);
  for (let scanned = 0; !calendar.isWorkingDay(day); scanned++) {
    assertScanLimit(scanned);
    day = addDays(day, 1);
  }
  return day;
}

export function previousWorkingDay(date: DateKey, { calendar }: Pick<CalendarContext, "calendar">): DateKey {
  let day = addDays(date, -1);
  for (let scanned = 0; !calendar.isWorkingDay(day); scanned++) {
    assertScanLimit(scanned);
    day = addDays(day, -1);
  }
  return day;
}

/** The n-th working day after `date` (n ≥ 1). */
export function nthWorkingDayAfter(date: DateKey, n: number, context: Pick<CalendarContext, "calendar">): DateKey {
  let day = date;
  for (let counted = 0; counted < n; counted++) day = nextWorkingDay(day, context);
  return day;
}

/** The instant reached after `minutes` of working time from `start` (the start itself if 0). */
export function addWorkingMinutes(start: Date, minutes: number, { calendar, hours }: CalendarContext): Date {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new RangeError("minutes must be a finite number ≥ 0");
  const local = toLocal(start);
  let date = local.date;
  let minute = local.minuteOfDay;
  let remaining = minutes;
  for (let scanned = 0; ; scanned++) {
    assertScanLimit(scanned);
    if (calendar.isWorkingDay(date)) {
      for (const [periodStart, periodEnd] of hours.periods) {
        if (minute >= periodEnd) continue;
        const from = Math.max(minute, periodStart);
        const available = periodEnd - from;
        if (remaining <= available) return fromLocal(date, from + remaining);
        remaining -= available;
        minute = periodEnd;
      }
    }
    date = addDays(date, 1);
    minute = 0;
  }
}

/** Working time, in minutes, between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: Date, to: Date, { calendar, hours }: CalendarContext): number {
  if (to.getTime() <= from.getTime()) return 0;
  const start = toLocal(from);
  const end = toLocal(to);
  let total = 0;
  let date = start.date;
  for (let scanned = 0; date <= end.date; scanned++) {
    if (scanned > MAX_DAYS_SCANNED * 10) throw new RangeError("Interval too long");
    if (calendar.isWorkingDay(date)) {
      const dayFrom = date === start.date ? start.minuteOfDay : 0;
      const dayTo = date === end.date ? end.minuteOfDay : 24 * 60;
      for (const [periodStart, periodEnd] of hours.periods) {
        total += Math.max(0, Math.min(dayTo, periodEnd) - Math.max(dayFrom, periodStart));
      }
    }
    date = addDays(date, 1);
  }
  return total;
}

/** Working time of several pauses (supplement, payment), which does not count against the agency. */
export function pausedWorkingMinutes(pauses: readonly { from: Date; to: Date }[], context: CalendarContext): number {
  return pauses.reduce((sum, pause) => sum + workingMinutesBetween(pause.from, pause.to, context), 0);
}

/** The appointment date (ngày hẹn trả kết quả) of a dossier received at `receivedAt`. */
export function computeDueDate(
  receivedAt: Date,
  limit: TimeLimit,
  options: DeadlineOptions,
  context: CalendarContext,
): Date {
  if (!(limit.value > 0) || !Number.isFinite(limit.value)) throw new RangeError("The time limit must be a positive number");
  const { calendar, hours } = context;
  switch (limit.unit) {
    case "HOURS":
      return addWorkingMinutes(receivedAt, limit.value * 60, context);
    case "WORKING_DAYS": {
      if (!options.hasSameDayCutoff) {
        return addWorkingMinutes(receivedAt, limit.value * workingMinutesPerDay(hours), context);
      }
      const local = toLocal(receivedAt);
      const cutoff = options.cutoffMinute ?? SAME_DAY_CUTOFF_MINUTE;
      let day =
        calendar.isWorkingDay(local.date) && local.minuteOfDay <= cutoff ? local.date : nextWorkingDay(local.date, context);
      for (let counted = 1; counted < Math.ceil(limit.value); counted++) day = nextWorkingDay(day, context);
      return fromLocal(day, closingMinute(hours));
    }
    case "CALENDAR_DAYS": {
      const firstDay = toLocal(addWorkingMinutes(receivedAt, 0, context)).date;
      let day = addDays(firstDay, Math.ceil(limit.value));
      if (!calendar.isWorkingDay(day)) day = nextWorkingDay(day, context);
      return fromLocal(day, closingMinute(hours));
    }
  }
}

/** A limit as stored: numeric columns may arrive as decimals or text. */
type StoredLimitValue = number | string | { toString(): string } | null;

/**
 * The legal limit that applies to a dossier: a procedure may state its own limit for online
 * submission (land procedures do); otherwise, and for every other channel, its general limit.
 * Null when the source states none (the appointment cannot then be computed).
 */
export function applicableTimeLimit(
  procedure: { timeLimitValue: StoredLimitValue; timeLimitUnit: TimeUnit | null; onlineTimeLimitValue: StoredLimitValue; onlineTimeLimitUnit: TimeUnit | null },
  isOnline: boolean,
): TimeLimit | null {
  const useOnline = isOnline && procedure.onlineTimeLimitValue !== null && procedure.onlineTimeLimitUnit !== null;
  const value = useOnline ? procedure.onlineTimeLimitValue : procedure.timeLimitValue;
  const unit = useOnline ? procedure.onlineTimeLimitUnit : procedure.timeLimitUnit;
  return value !== null && unit !== null ? { value: Number(value), unit } : null;
}

export type Timeliness = "EARLY" | "ON_TIME" | "LATE";

/**
 * How finely a deadline is judged: a limit in hours is an instant (4 hours from 08:00 is due at
 * 12:00, and 12:01 is late); a limit in working or calendar days is a date (docs/domain/deadlines.md: "on time means
 * finished on or before the appointment date").
 */
export type DeadlinePrecision = "DAY" | "INSTANT";
export type Deadline = { dueAt: Date; precision: DeadlinePrecision };

export function precisionOf(unit: TimeUnit): DeadlinePrecision {
  return unit === "HOURS" ? "INSTANT" : "DAY";
}

/**
 * The one rule for every verdict, the dossier's and each leg of the control slip (Mẫu 05):
 * late when finished after the deadline (its instant, or the end of its date for a deadline in
 * days); early when finished on a date before the deadline's date; otherwise on time.
 */
export function judgeTimeliness(finishedAt: Date, deadline: Deadline): Timeliness {
  const finished = localDateOf(finishedAt);
  const due = localDateOf(deadline.dueAt);
  const isLate = deadline.precision === "INSTANT" ? finishedAt.getTime() > deadline.dueAt.getTime() : finished > due;
  if (isLate) return "LATE";
  return finished < due ? "EARLY" : "ON_TIME";
}

/** Received after this minute, the papers go to the processing unit the next working morning. */
export const TRANSFER_CUTOFF_MINUTE = 15 * 60;

/**
 * When the one-stop desk must have handed the dossier to the processing unit (Decree 61/2018 art.
 * 16, kept by Decree 118/2025): the same working day, or, received after 15:00 (or outside a
 * working day), "at the start of the next working day", read as by the end of the next working
 * morning. An instant: this leg is judged by the hour (docs/domain/deadlines.md).
 */
export function transferDeadline(receivedAt: Date, context: CalendarContext): Deadline {
  const local = toLocal(receivedAt);
  const { calendar, hours } = context;
  if (calendar.isWorkingDay(local.date) && local.minuteOfDay <= TRANSFER_CUTOFF_MINUTE) {
    return { dueAt: fromLocal(local.date, closingMinute(hours)), precision: "INSTANT" };
  }
  return { dueAt: fromLocal(nextWorkingDay(local.date, context), morningEndMinute(hours)), precision: "INSTANT" };
}

/**
 * Whether a deadline counted from `start` rests on days whose schedule is not officially
 * published (a year not yet announced, or beyond the table): it is then provisional and is
 * recomputed when the administrator publishes the year.
 */
export function isProvisional(start: Date, dueAt: Date, context: Pick<CalendarContext, "calendar">): boolean {
  return !context.calendar.isPublishedBetween(localDateOf(start), localDateOf(dueAt));
}
