import "server-only";
// After a correction of the working calendar (a day off added, a make-up Saturday moved), the
// appointments already promised are not rewritten silently: this lists the dossiers whose dates,
// replayed from their trail on the calendar as it is now, differ from the dates they were given,
// and for finished ones the verdict they would get. An administrator reads it and decides (an
// apology, a correction notice); it changes nothing. A maintenance scan, batched, never run by a
// page.
import { judgeTimeliness, type Timeliness } from "@/lib/calendar";
import { clearCalendarCache, loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/client";
import { replayDeadline } from "./deadline-replay";

const BATCH = 1000;

export type MisdatedDossier = {
  code: string | null;
  status: string;
  agencyName: string;
  dueAt: Date;
  referenceDueAt: Date;
  correctDueAt: Date;
  correctReferenceDueAt: Date;
  timeliness: Timeliness | null;
  /** The verdict on the corrected reference date, for a dossier already finished. */
  correctTimeliness: Timeliness | null;
};

/** Dossiers whose clock overlaps `from`–`to` (local dates; all when omitted) and whose dates differ. */
export async function findMisdatedDossiers(range: { from?: string; to?: string } = {}): Promise<MisdatedDossier[]> {
  clearCalendarCache();
  const calendar = await loadCalendarContext(db);
  const where: Prisma.DossierWhereInput = {
    clockStartedAt: { not: null, ...(range.to ? { lte: new Date(`${range.to}T23:59:59.999+07:00`) } : {}) },
    ...(range.from ? { OR: [{ dueAt: { gte: new Date(`${range.from}T00:00:00+07:00`) } }, { referenceDueAt: { gte: new Date(`${range.from}T00:00:00+07:00`) } }] } : {}),
  };
  const found: MisdatedDossier[] = [];
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.dossier.findMany({
      where: { ...where, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true, code: true, status: true, dueAt: true, referenceDueAt: true, finishedAt: true, timeliness: true,
        deadlinePrecision: true, agency: { select: { name: true } },
      },
    });
    if (batch.length === 0) return found;
    cursor = batch[batch.length - 1]!.id;
    const events = await db.dossierEvent.findMany({
      where: { dossierId: { in: batch.map((dossier) => dossier.id) }, action: { in: ["RECEIVE", "SUPPLEMENT", "REQUEST_PAYMENT", "RECORD_PAYMENT", "ISSUE_APOLOGY"] } },
      orderBy: [{ dossierId: "asc" }, { sequence: "asc" }],
      select: { dossierId: true, action: true, occurredAt: true, payload: true },
    });
    const byDossier = new Map<string, typeof events>();
    for (const event of events) {
      const list = byDossier.get(event.dossierId);
      if (list) list.push(event);
      else byDossier.set(event.dossierId, [event]);
    }
    for (const dossier of batch) {
      const replayed = replayDeadline(byDossier.get(dossier.id) ?? [], calendar);
      if (!replayed || !dossier.dueAt || !dossier.referenceDueAt) continue;
      const isSame = replayed.dueAt.getTime() === dossier.dueAt.getTime() && replayed.referenceDueAt.getTime() === dossier.referenceDueAt.getTime();
      if (isSame) continue;
      found.push({
        code: dossier.code,
        status: dossier.status,
        agencyName: dossier.agency.name,
        dueAt: dossier.dueAt,
        referenceDueAt: dossier.referenceDueAt,
        correctDueAt: replayed.dueAt,
        correctReferenceDueAt: replayed.referenceDueAt,
        timeliness: dossier.timeliness,
        correctTimeliness: dossier.finishedAt
          ? judgeTimeliness(dossier.finishedAt, { dueAt: replayed.referenceDueAt, precision: dossier.deadlinePrecision ?? "DAY" })
          : null,
      });
    }
  }
}
