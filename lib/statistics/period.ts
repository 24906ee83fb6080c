// Periods of the public statistics: a month, a quarter, a year or a range of local days (Hà Nội
// dates, both ends included). Pure: "today" is a parameter. A period whose last day is today or
// later is open (its figures move until it ends); one that ended before today is closed.
import { addDays, dayNumber, localDateOf, type DateKey } from "@/lib/calendar/local-time";
import { monthOf, nextMonth } from "@/lib/dossiers/rollups";

export const PERIOD_KINDS = ["month", "quarter", "year", "range"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A custom range lasts at most two years (731 days): a longer view is a series of years. */
export const MAX_RANGE_DAYS = 731;
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export type StatisticsPeriod = {
  kind: PeriodKind;
  /** How the period is written in a URL: 2026-03, 2026-Q1, 2026, 2026-01-15..2026-02-14. */
  value: string;
  from: DateKey;
  to: DateKey;
  /** The last day with figures: `to`, or today while the period is open. */
  through: DateKey;
  isOpen: boolean;
};

const pad = (value: number) => String(value).padStart(2, "0");

function lastDayOfMonth(month: DateKey): DateKey {
  return addDays(nextMonth(month), -1);
}

/** Builds a period from its first and last day, as seen on `today`. */
export function periodBetween(kind: PeriodKind, value: string, from: DateKey, to: DateKey, today: DateKey): StatisticsPeriod {
  const isOpen = to >= today;
  return { kind, value, from, to, through: isOpen ? today : to, isOpen };
}

export function monthPeriod(year: number, month: number, today: DateKey): StatisticsPeriod {
  const first = `${year}-${pad(month)}-01`;
  return periodBetween("month", `${year}-${pad(month)}`, first, lastDayOfMonth(first), today);
}

export function quarterPeriod(year: number, quarter: number, today: DateKey): StatisticsPeriod {
  const first = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
  const last = lastDayOfMonth(`${year}-${pad(quarter * 3)}-01`);
  return periodBetween("quarter", `${year}-Q${quarter}`, first, last, today);
}

export function yearPeriod(year: number, today: DateKey): StatisticsPeriod {
  return periodBetween("year", String(year), `${year}-01-01`, `${year}-12-31`, today);
}

export function rangePeriod(from: DateKey, to: DateKey, today: DateKey): StatisticsPeriod {
  return periodBetween("range", `${from}..${to}`, from, to, today);
}

/** The default period: the current month. */
export function currentMonth(now: Date): StatisticsPeriod {
  const today = localDateOf(now);
  return monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7)), today);
}

/** The months a span of days touches, each clipped to the span: the groups of a monthly trend. */
export function monthsOf(from: DateKey, to: DateKey): { month: DateKey; from: DateKey; to: DateKey }[] {
  const months: { month: DateKey; from: DateKey; to: DateKey }[] = [];
  for (let month = monthOf(from); month <= to; month = nextMonth(month)) {
    const last = lastDayOfMonth(month);
    months.push({ month, from: month < from ? from : month, to: last > to ? to : last });
  }
  return months;
}

/** Number of days of a span, both ends included. */
export function daysBetween(from: DateKey, to: DateKey): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/**
 * How a span of days is read from the rollups: whole months from stat_monthly, the days of a
 * month cut by the span's ends from stat_daily (at most two partial months, so at most about 60
 * days of daily rows whatever the span's length).
 */
export function splitIntoMonthsAndDays(from: DateKey, to: DateKey): { months: DateKey[]; days: { from: DateKey; to: DateKey }[] } {
  const months: DateKey[] = [];
  const days: { from: DateKey; to: DateKey }[] = [];
  for (const part of monthsOf(from, to)) {
    if (part.from === part.month && part.to === lastDayOfMonth(part.month)) months.push(part.month);
    else days.push({ from: part.from, to: part.to });
  }
  return { months, days };
}

/** "2026-01-15" or "15/01/2026" → "2026-01-15"; null unless it is a real date. */
export function parseDay(text: string): DateKey | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const display = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : display
      ? [Number(display[3]), Number(display[2]), Number(display[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
