// The period of the accountability report, as officers type it (dd/MM/yyyy, Hà Nội dates, both
// days included): parsed and checked without the database. Default: this month up to today.
import { addDays, dayNumber, fromLocal, localDateOf, type DateKey } from "@/lib/calendar";

/** A year and a day at most: the report reads the legs of the period through an index, not everything. */
export const MAX_PERIOD_DAYS = 366;

export type ReportPeriod = { from: DateKey; to: DateKey };
export type PeriodError = "invalidFrom" | "invalidTo" | "reversed" | "tooLong";
export type PeriodParse = { ok: true; period: ReportPeriod } | { ok: false; errors: Partial<Record<"from" | "to", PeriodError>>; input: { from: string; to: string } };

/** "26/11/2026" → "2026-11-26"; null unless it is a real date. */
export function parseDisplayDate(text: string): DateKey | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const key = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCDate() === day && date.getUTCMonth() + 1 === month && year >= 2000 && year < 2200 ? key : null;
}

/** "2026-11-26" → "26/11/2026" */
export function displayDate(key: DateKey): string {
  const [year, month, day] = key.split("-");
  return `${day}/${month}/${year}`;
}

export function defaultPeriod(now: Date): ReportPeriod {
  const today = localDateOf(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** The period asked for (`tu`, `den`), the default for what is missing. */
export function parseReportPeriod(input: { from?: string | null; to?: string | null }, now: Date): PeriodParse {
  const fallback = defaultPeriod(now);
  const fromText = input.from?.trim() || displayDate(fallback.from);
  const toText = input.to?.trim() || displayDate(fallback.to);
  const from = parseDisplayDate(fromText);
  const to = parseDisplayDate(toText);
  const errors: Partial<Record<"from" | "to", PeriodError>> = {};
  if (!from) errors.from = "invalidFrom";
  if (!to) errors.to = "invalidTo";
  if (from && to && from > to) errors.to = "reversed";
  else if (from && to && dayNumber(to) - dayNumber(from) + 1 > MAX_PERIOD_DAYS) errors.to = "tooLong";
  if (!from || !to || Object.keys(errors).length > 0) return { ok: false, errors, input: { from: fromText, to: toText } };
  return { ok: true, period: { from, to } };
}

/** The instants that bound the period: from the start of its first day to the end of its last. */
export function periodBounds(period: ReportPeriod): { start: Date; end: Date } {
  return { start: fromLocal(period.from, 0), end: fromLocal(addDays(period.to, 1), 0) };
}
