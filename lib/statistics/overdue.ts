// When a dossier in progress is overdue (quá hạn), for "in progress: within the deadline /
// overdue". The verdict rule of docs/domain/deadlines.md read at `now`: a deadline in days is
// overdue from the day after its date (a result on the date itself is on time), one in hours from
// the instant it passes. Judged against the date the agency is judged by (the reference date,
// never moved by an apology), so that a dossier counted overdue now is one that would be late if
// resolved now. readLive() applies the same rule in SQL. Pure.
import { localDateOf } from "@/lib/calendar/local-time";

export function isOverdue(referenceDueAt: Date, precision: "DAY" | "INSTANT", now: Date): boolean {
  return precision === "INSTANT" ? referenceDueAt.getTime() < now.getTime() : localDateOf(referenceDueAt) < localDateOf(now);
}
