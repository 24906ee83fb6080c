// The 2026 days off and make-up days of DOMAIN.md §6, as a Hà Nội officer would check them.
import { buildWorkingCalendar, DEFAULT_WORKING_HOURS, type CalendarContext } from "@/lib/calendar";

const daysOff = [
  "2026-01-01", "2026-01-02", // New Year, 2 Jan swapped with Sat 10 Jan
  "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", // Tết (14–22 Feb with weekends)
  "2026-04-27", // Hùng Kings' day falls on Sun 26 Apr → off Mon 27 Apr
  "2026-04-30", "2026-05-01",
];
const makeUpDays = ["2026-01-10"];

export const context2026: CalendarContext = {
  calendar: buildWorkingCalendar([
    ...daysOff.map((date) => ({ date, isWorkingDay: false })),
    ...makeUpDays.map((date) => ({ date, isWorkingDay: true })),
  ]),
  hours: DEFAULT_WORKING_HOURS,
};

/** A Hà Nội local time, "2026-02-13 10:00" → Date. */
export function hanoi(local: string): Date {
  return new Date(`${local.replace(" ", "T")}:00+07:00`);
}
