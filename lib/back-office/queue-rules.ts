// The back office's queues as rules (pure): which dossiers each queue holds, given the officer and
// today's working calendar. lib/back-office/queues.ts turns them into indexed queries.
import { fromLocal, localDateOf, nthWorkingDayAfter, type CalendarContext } from "@/lib/calendar";
import type { DossierStatus } from "@/lib/dossiers/workflow";

export const QUEUE_KEYS = ["cho-tiep-nhan", "cua-toi", "don-vi", "sap-den-han", "qua-han", "cho-cong-dan", "co-quyet-dinh", "tra-ket-qua", "tat-ca"] as const;
export type QueueKey = (typeof QUEUE_KEYS)[number];

export function isQueueKey(value: unknown): value is QueueKey {
  return typeof value === "string" && (QUEUE_KEYS as readonly string[]).includes(value);
}

/** Being worked on by the agency: the clock runs (not waiting for the applicant). */
export const RUNNING_STATUSES: readonly DossierStatus[] = ["RECEIVED", "IN_PROCESSING"];
export const WAITING_STATUSES: readonly DossierStatus[] = ["SUPPLEMENT_BEFORE_RECEIPT", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"];
export const OPEN_STATUSES: readonly DossierStatus[] = ["SUBMITTED", ...RUNNING_STATUSES, ...WAITING_STATUSES, "RESOLVED"];

export type QueueOfficer = { userId: string; agencyId: string; unitId: string | null; officerRole: "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER" };

/** The queues each role works from, in the order shown; the first is where the role lands. */
export function queuesFor(officer: QueueOfficer): QueueKey[] {
  switch (officer.officerRole) {
    case "DESK_OFFICER":
      return ["cho-tiep-nhan", "co-quyet-dinh", "tra-ket-qua", "cho-cong-dan", "cua-toi", "sap-den-han", "qua-han", "tat-ca"];
    case "SPECIALIST":
      return ["cua-toi", "don-vi", "co-quyet-dinh", "sap-den-han", "qua-han", "cho-cong-dan", "tat-ca"];
    case "UNIT_HEAD":
      return ["don-vi", "cua-toi", "sap-den-han", "qua-han", "cho-cong-dan", "tat-ca"];
    case "AGENCY_LEADER":
      return ["cua-toi", "qua-han", "sap-den-han", "cho-tiep-nhan", "cho-cong-dan", "tra-ket-qua", "tat-ca"];
  }
}

/**
 * The instants that split "overdue" and "due soon" today. A deadline in days is met through the end
 * of its date; one in hours to the minute (docs/domain/deadlines.md). Overdue: a day-deadline before
 * today, an instant before now. At risk ("due soon"): not overdue, and due by the end of the
 * AT_RISK_WORKING_DAYS-th working day after today (one by default: the day an apology is due by).
 */
export function dueBoundaries(now: Date, context: Pick<CalendarContext, "calendar">, atRiskWorkingDays = 1): { startOfToday: Date; atRiskUntil: Date } {
  const today = localDateOf(now);
  const last = nthWorkingDayAfter(today, atRiskWorkingDays, context);
  return { startOfToday: fromLocal(today, 0), atRiskUntil: fromLocal(last, 24 * 60) };
}

export type DueState = "OVERDUE" | "DUE_SOON" | "IN_TIME";

/** How a deadline stands now (for the badges; same boundaries as the queues). */
export function dueState(dueAt: Date | null, precision: "DAY" | "INSTANT" | null, now: Date, bounds: ReturnType<typeof dueBoundaries>): DueState | null {
  if (!dueAt) return null;
  const overdue = precision === "INSTANT" ? dueAt < now : dueAt < bounds.startOfToday;
  if (overdue) return "OVERDUE";
  return dueAt < bounds.atRiskUntil ? "DUE_SOON" : "IN_TIME";
}

/** Masks a national ID number for lists: only the last three digits show. */
export function maskNationalId(value: string | null | undefined): string | null {
  if (!value) return null;
  return `${"•".repeat(Math.max(0, value.length - 3))}${value.slice(-3)}`;
}

export type SearchKind = { kind: "CODE"; value: string } | { kind: "REFERENCE"; value: string } | { kind: "NATIONAL_ID"; value: string } | { kind: "NAME"; value: string } | null;

/** What the search box was given: a dossier code, a filing reference, an ID number, or a name. */
export function searchKindOf(raw: string): SearchKind {
  const value = raw.trim();
  if (value.length === 0) return null;
  if (/^\d{9}$|^\d{12}$/.test(value)) return { kind: "NATIONAL_ID", value };
  if (/^NOP-\d{6}-[0-9A-Z]{6}$/i.test(value)) return { kind: "REFERENCE", value: value.toUpperCase() };
  if (/^[0-9A-Z.]+-\d{6}-\d{4,}$/i.test(value)) return { kind: "CODE", value: value.toUpperCase() };
  if (value.length < 2) return null;
  return { kind: "NAME", value: value.slice(0, 100) };
}
