import "server-only";
// When an administrator publishes a year of the working calendar, every open dossier whose
// appointment rested on provisional days gets its dates replayed from its trail on the published
// calendar, each with an event of its own (RECOMPUTE_DUE_DATE), so the resident's timeline shows
// why the date changed or became final. Dates already finished with are never rewritten.
import { clearCalendarCache, loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { replayDeadline } from "./deadline-replay";
import { executeTransition } from "./execute-transition";

const BATCH = 200;
const CLOCKED_OPEN = ["RECEIVED", "IN_PROCESSING", "AWAITING_PAYMENT"] as const;

export type RecomputeSummary = { checked: number; recomputed: number; stillProvisional: number };

export async function recomputeProvisionalDueDates(args: { now: Date; reason: string }): Promise<RecomputeSummary> {
  clearCalendarCache();
  const calendar = await loadCalendarContext(db);
  const summary: RecomputeSummary = { checked: 0, recomputed: 0, stillProvisional: 0 };
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.dossier.findMany({
      where: { isDueProvisional: true, status: { in: [...CLOCKED_OPEN] }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, version: true, dueAt: true, referenceDueAt: true },
    });
    if (batch.length === 0) return summary;
    cursor = batch[batch.length - 1]!.id;
    for (const dossier of batch) {
      summary.checked += 1;
      const events = await db.dossierEvent.findMany({
        where: { dossierId: dossier.id },
        orderBy: { sequence: "asc" },
        select: { action: true, occurredAt: true, payload: true },
      });
      const replayed = replayDeadline(events, calendar);
      if (!replayed) continue;
      const isSame = replayed.dueAt.getTime() === dossier.dueAt?.getTime() && replayed.referenceDueAt.getTime() === dossier.referenceDueAt?.getTime();
      if (replayed.isProvisional) summary.stillProvisional += 1;
      // Still provisional and unchanged: nothing to tell the resident yet.
      if (isSame && replayed.isProvisional) continue;
      try {
        await executeTransition({
          dossierId: dossier.id,
          actor: { kind: "SYSTEM" },
          now: args.now,
          expectedVersion: dossier.version,
          request: {
            action: "RECOMPUTE_DUE_DATE",
            reason: args.reason,
            recomputed: { dueAt: replayed.dueAt, referenceDueAt: replayed.referenceDueAt, isProvisional: replayed.isProvisional },
          },
        });
        summary.recomputed += 1;
      } catch (error) {
        // An officer acted on it meanwhile: it is still flagged provisional (an action on it keeps
        // the flag), and the next run (publishing, or any seed) takes it up again.
        if (!isAppError(error) || !["CONFLICT", "INVALID_TRANSITION"].includes(error.code)) throw error;
      }
    }
  }
}
