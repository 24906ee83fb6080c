// A dossier's dates replayed from its audit trail on a given calendar: the receipt (or complete
// supplement) records the limit the appointment was computed from, the payment events when the
// clock waited, the apology the date it promised. The engine keeps the same dates as it goes;
// replaying them on today's calendar shows which appointments were computed over days that have
// since changed, and gives the new dates when an administrator publishes a year. Pure.
import {
  addWorkingMinutes,
  computeDueDate,
  isProvisional,
  precisionOf,
  workingMinutesBetween,
  type CalendarContext,
  type DeadlinePrecision,
  type TimeLimit,
} from "@/lib/calendar";

export type ReplayEvent = { action: string; occurredAt: Date; payload: unknown };

export type ReplayedDeadline = {
  clockStartedAt: Date;
  dueAt: Date;
  referenceDueAt: Date;
  precision: DeadlinePrecision;
  isProvisional: boolean;
};

type ClockPayload = { timeLimit?: TimeLimit; sameDayCutoff?: boolean; dueAt?: string };

/** The dates the engine would hold after these events (in order), or null before any clock. */
export function replayDeadline(events: readonly ReplayEvent[], context: CalendarContext): ReplayedDeadline | null {
  let clock: Omit<ReplayedDeadline, "isProvisional"> | null = null;
  let pausedAt: Date | null = null;
  for (const event of events) {
    const payload = (event.payload ?? {}) as ClockPayload;
    switch (event.action) {
      case "RECEIVE":
      case "SUPPLEMENT": {
        // A supplement before receipt starts no clock: its event records no limit.
        if (!payload.timeLimit) break;
        const dueAt = computeDueDate(event.occurredAt, payload.timeLimit, { hasSameDayCutoff: Boolean(payload.sameDayCutoff) }, context);
        clock = { clockStartedAt: event.occurredAt, dueAt, referenceDueAt: dueAt, precision: precisionOf(payload.timeLimit.unit) };
        break;
      }
      case "REQUEST_PAYMENT":
        pausedAt = event.occurredAt;
        break;
      case "RECORD_PAYMENT": {
        const minutes = pausedAt ? workingMinutesBetween(pausedAt, event.occurredAt, context) : 0;
        if (clock && minutes > 0) {
          clock.dueAt = addWorkingMinutes(clock.dueAt, minutes, context);
          clock.referenceDueAt = addWorkingMinutes(clock.referenceDueAt, minutes, context);
        }
        pausedAt = null;
        break;
      }
      case "ISSUE_APOLOGY":
        // The date the agency promised in writing (Mẫu 04) stands as chosen.
        if (clock && payload.dueAt) clock.dueAt = new Date(payload.dueAt);
        break;
      default:
        break;
    }
  }
  if (!clock) return null;
  const later = clock.dueAt.getTime() >= clock.referenceDueAt.getTime() ? clock.dueAt : clock.referenceDueAt;
  return { ...clock, isProvisional: isProvisional(clock.clockStartedAt, later, context) };
}
