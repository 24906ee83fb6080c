// How long a dossier really took, in whole working days (docs/domain/statistics.md, "How long it
// really takes"). Pure: the calendar is a parameter, like every deadline rule.
//
// Counted as the deadline rules count the agency's time (docs/domain/deadlines.md; Decree
// 61/2018 art. 17, kept by Decree 118/2025): from the moment the clock last (re)started (the
// receipt, or the complete papers after a supplement request, when the time restarts from zero),
// with the working time spent waiting for the applicant since then (a payment) not counted, to
// the result. And counted in days the way the appointment is: a dossier received on Monday with
// 5 working days is due the next Monday, and a result that Monday took 5 working days, whatever
// the hour (the verdict judges a limit in days by its date).
import { addDays, addWorkingMinutes, localDateOf, type CalendarContext } from "@/lib/calendar";

/** No dossier is followed for longer (a guard against a calendar without working days). */
const MAX_DAYS = 3660 * 2;

/**
 * The working days after the day the clock started, up to and including the day of the result:
 * 0 for a result the same working day, 5 for a result on the appointment day of a 5-working-day
 * limit. A clock started outside working hours starts at the next opening (as the appointment
 * is counted), and the waits for the applicant since it started move it forward by the working
 * time waited, as they move the appointment.
 */
export function processingWorkingDays(args: {
  clockStartedAt: Date;
  finishedAt: Date;
  /** Working time waited for the applicant since the clock started, in seconds. */
  clockPausedSeconds: number;
  context: CalendarContext;
}): number {
  const { clockStartedAt, finishedAt, clockPausedSeconds, context } = args;
  const start = addWorkingMinutes(clockStartedAt, Math.max(0, clockPausedSeconds) / 60, context);
  const last = localDateOf(finishedAt);
  let days = 0;
  let scanned = 0;
  for (let day = addDays(localDateOf(start), 1); day <= last; day = addDays(day, 1)) {
    if (++scanned > MAX_DAYS) throw new RangeError("A dossier followed for more than twenty years");
    if (context.calendar.isWorkingDay(day)) days += 1;
  }
  return days;
}
