// The working calendar is data, one row per date (DOMAIN.md §6): weekends off unless marked as
// make-up working days, holidays and compensatory days off. Dates the table does not cover fall
// back to Monday–Friday, so a missing year degrades gracefully instead of stopping the clock.
import { dayOfWeek, parseClock, type DateKey } from "./local-time";

export type CalendarEntry = { date: DateKey; isWorkingDay: boolean };

export type WorkingCalendar = {
  isWorkingDay: (date: DateKey) => boolean;
  /** Whether the table has a row for this date (outside it the Monday–Friday fallback applies). */
  covers: (date: DateKey) => boolean;
};

export function buildWorkingCalendar(entries: Iterable<CalendarEntry>): WorkingCalendar {
  const days = new Map<DateKey, boolean>();
  for (const entry of entries) days.set(entry.date, entry.isWorkingDay);
  return {
    isWorkingDay: (date) => days.get(date) ?? isWeekday(date),
    covers: (date) => days.has(date),
  };
}

function isWeekday(date: DateKey): boolean {
  const day = dayOfWeek(date);
  return day !== 0 && day !== 6;
}

/** Working periods of a day in minutes after midnight, in order, e.g. 08:00–12:00, 13:00–17:00. */
export type WorkingHours = { periods: readonly (readonly [number, number])[] };

export function buildWorkingHours(clock: {
  morningStart: string;
  morningEnd: string;
  afternoonStart: string;
  afternoonEnd: string;
}): WorkingHours {
  const periods = [
    [parseClock(clock.morningStart), parseClock(clock.morningEnd)],
    [parseClock(clock.afternoonStart), parseClock(clock.afternoonEnd)],
  ] as const;
  const [morning, afternoon] = periods;
  if (!(morning[0] < morning[1] && morning[1] <= afternoon[0] && afternoon[0] < afternoon[1])) {
    throw new Error("Working hours must be two ordered, non-overlapping periods");
  }
  return { periods };
}

export const DEFAULT_WORKING_HOURS: WorkingHours = buildWorkingHours({
  morningStart: "08:00",
  morningEnd: "12:00",
  afternoonStart: "13:00",
  afternoonEnd: "17:00",
});

export function workingMinutesPerDay(hours: WorkingHours): number {
  return hours.periods.reduce((sum, [start, end]) => sum + (end - start), 0);
}

export function openingMinute(hours: WorkingHours): number {
  return hours.periods[0]![0];
}

export function closingMinute(hours: WorkingHours): number {
  return hours.periods[hours.periods.length - 1]![1];
}
