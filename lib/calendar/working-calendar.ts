// The working calendar is data, one row per date (docs/domain/deadlines.md): weekends off unless
// marked as make-up working days, holidays and compensatory days off. Each row also says whether
// its year's schedule is officially published. Dates the table does not cover fall back to
// Monday–Friday so that the clock never stops, but nothing computed over such a date, nor over a
// date of an unpublished year, is final: deadlines that reach them are provisional.
import { dateKeyOf, dayNumber, dayOfWeek, parseClock, type DateKey } from "./local-time";

export type CalendarEntry = { date: DateKey; isWorkingDay: boolean; isPublished: boolean };

export type WorkingCalendar = {
  isWorkingDay: (date: DateKey) => boolean;
  /** Whether the date has a row and its year's schedule is officially published. */
  isPublished: (date: DateKey) => boolean;
  /** Whether every date from `from` to `to` (inclusive) is published. */
  isPublishedBetween: (from: DateKey, to: DateKey) => boolean;
};

export function buildWorkingCalendar(entries: Iterable<CalendarEntry>): WorkingCalendar {
  const working = new Map<number, boolean>();
  const published = new Set<number>();
  for (const entry of entries) {
    const day = dayNumber(entry.date);
    working.set(day, entry.isWorkingDay);
    if (entry.isPublished) published.add(day);
  }
  // Runs of published days as [first, last] day numbers, sorted: a span is published when one
  // run contains it (binary search, as the history generator asks this millions of times).
  const runs: [number, number][] = [];
  for (const day of [...published].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === day - 1) last[1] = day;
    else runs.push([day, day]);
  }
  const isPublishedBetween = (from: DateKey, to: DateKey): boolean => {
    const [first, last] = [dayNumber(from), dayNumber(to)];
    let low = 0;
    let high = runs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [runFirst, runLast] = runs[middle]!;
      if (first < runFirst) high = middle - 1;
      else if (first > runLast) low = middle + 1;
      else return last <= runLast;
    }
    return false;
  };
  return {
    isWorkingDay: (date) => working.get(dayNumber(date)) ?? isWeekday(date),
    isPublished: (date) => published.has(dayNumber(date)),
    isPublishedBetween: (from, to) => (from > to ? true : isPublishedBetween(from, to)),
  };
}

function isWeekday(date: DateKey): boolean {
  const day = dayOfWeek(date);
  return day !== 0 && day !== 6;
}

/** Every date of a year, as keys. */
export function datesOfYear(year: number): DateKey[] {
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  return Array.from({ length: last - first + 1 }, (_, index) => dateKeyOf(first + index));
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

/** End of the morning session (12:00 by default). */
export function morningEndMinute(hours: WorkingHours): number {
  return hours.periods[0]![1];
}

export function closingMinute(hours: WorkingHours): number {
  return hours.periods[hours.periods.length - 1]![1];
}
