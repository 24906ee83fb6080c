// The period of the ledger (Mẫu 06): the same as the accountability report's (dd/MM/yyyy as
// officers type them, whole days of Hà Nội time, this month up to today by default, at most 366
// days: a year's book, and a bound on the work of one export), with the instants it covers.
import { parseReportPeriod, periodBounds, type PeriodParse, type ReportPeriod } from "@/lib/back-office/report-period";
import type { DateKey } from "@/lib/calendar/local-time";

export type LedgerPeriod = ReportPeriod & {
  /** First instant of `from` and first instant after `to`, Hà Nội time: receivedAt ∈ [start, end). */
  start: Date;
  end: Date;
};

export function periodOf(from: DateKey, to: DateKey): LedgerPeriod {
  return { from, to, ...periodBounds({ from, to }) };
}

/** `tu` and `den` from the address; a missing one takes the default's bound. */
export function parseLedgerPeriod(
  input: { from?: string | null; to?: string | null },
  now: Date,
): { ok: true; period: LedgerPeriod } | Extract<PeriodParse, { ok: false }> {
  const parsed = parseReportPeriod(input, now);
  return parsed.ok ? { ok: true, period: periodOf(parsed.period.from, parsed.period.to) } : parsed;
}
