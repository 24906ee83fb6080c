// The period of the ledger (Mẫu 06): two dates as officers write them (dd/MM/yyyy), whole days of
// Hà Nội time, this month by default, at most a year at a time (a year's ledger is the longest the
// desks keep in one book, and it bounds the work of one export).
import { addDays, dayNumber, fromLocal, localDateOf, type DateKey } from "@/lib/calendar/local-time";
import { parseFormDate } from "@/lib/filing/form-fields";

export const MAX_LEDGER_DAYS = 366;

export type LedgerPeriod = {
  from: DateKey;
  to: DateKey;
  /** First instant of `from` and first instant after `to`, Hà Nội time: receivedAt ∈ [start, end). */
  start: Date;
  end: Date;
};

export type PeriodError = "date" | "order" | "span";

export type PeriodResult =
  | { ok: true; period: LedgerPeriod }
  | { ok: false; errors: { from?: PeriodError; to?: PeriodError } };

/** The month of `now` in Hà Nội, first to last day. */
export function thisMonth(now: Date): { from: DateKey; to: DateKey } {
  const today = localDateOf(now);
  const from = `${today.slice(0, 8)}01`;
  const nextMonth = addDays(from, 32).slice(0, 8);
  return { from, to: addDays(`${nextMonth}01`, -1) };
}

export function periodOf(from: DateKey, to: DateKey): LedgerPeriod {
  return { from, to, start: fromLocal(from, 0), end: fromLocal(addDays(to, 1), 0) };
}

/** 2026-11-01 → 01/11/2026 */
export function displayDate(date: DateKey): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

/** `tu` and `den` from the address; a missing one takes this month's bound. */
export function parseLedgerPeriod(input: { from?: string | null; to?: string | null }, now: Date): PeriodResult {
  const month = thisMonth(now);
  const read = (raw: string | null | undefined, fallback: DateKey) => (raw?.trim() ? parseFormDate(raw.trim()) : fallback);
  const from = read(input.from, month.from);
  const to = read(input.to, month.to);
  if (!from || !to) return { ok: false, errors: { ...(from ? {} : { from: "date" as const }), ...(to ? {} : { to: "date" as const }) } };
  if (to < from) return { ok: false, errors: { to: "order" } };
  if (dayNumber(to) - dayNumber(from) + 1 > MAX_LEDGER_DAYS) return { ok: false, errors: { to: "span" } };
  return { ok: true, period: periodOf(from, to) };
}
