import "server-only";
import { toLocal } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { ROLLUP_COUNTERS, countersFor, type RollupCounter } from "./rollups";

const BATCH = 5000;

/**
 * Rebuilds the statistics (a maintenance task, not a request path): the daily counters from the
 * audit trail, read in batches and counted as the commands do, and the status counts from the
 * dossiers, replaced in one transaction. Returns the number of events read. Run it while no
 * transition is under way (e.g. at night), or it may miss the events written meanwhile.
 */
export async function recountRollups(): Promise<number> {
  const totals = new Map<string, Record<RollupCounter, number> & { agencyId: string; procedureId: string; channel: "IN_PERSON" | "ONLINE" | "POST"; day: string }>();
  let cursor: string | undefined;
  let read = 0;
  for (;;) {
    const events = await db.dossierEvent.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: "asc" },
      select: { id: true, action: true, fromStatus: true, payload: true, occurredAt: true, dossier: { select: { agencyId: true, procedureId: true, channel: true } } },
    });
    if (events.length === 0) break;
    for (const event of events) {
      const counters = countersFor(event.action, (event.payload ?? {}) as Record<string, unknown>, event.fromStatus);
      if (counters.length === 0) continue;
      const day = toLocal(event.occurredAt).date;
      const key = `${event.dossier.agencyId}|${event.dossier.procedureId}|${event.dossier.channel}|${day}`;
      let row = totals.get(key);
      if (!row) {
        row = { ...event.dossier, day, ...(Object.fromEntries(ROLLUP_COUNTERS.map((counter) => [counter, 0])) as Record<RollupCounter, number>) };
        totals.set(key, row);
      }
      for (const counter of counters) row[counter] += 1;
    }
    read += events.length;
    cursor = events[events.length - 1]!.id;
  }
  await db.$transaction(async (tx) => {
    // Current statuses are read from the dossiers themselves (a maintenance scan, grouped).
    await tx.statStatus.deleteMany();
    // The rule of statusCountMoves(): drafts, and dossiers withdrawn before receipt, are not counted.
    await tx.$executeRaw`
      INSERT INTO stat_status (agency_id, procedure_id, channel, status, count)
      SELECT agency_id, procedure_id, channel, status, count(*) FROM dossier
      WHERE status <> 'DRAFT' AND NOT (status = 'WITHDRAWN' AND received_at IS NULL)
      GROUP BY agency_id, procedure_id, channel, status`;
    await tx.statDaily.deleteMany();
    const rows = [...totals.values()].map(({ day, ...row }) => ({ ...row, day: new Date(`${day}T00:00:00Z`) }));
    for (let start = 0; start < rows.length; start += BATCH) {
      await tx.statDaily.createMany({ data: rows.slice(start, start + BATCH) });
    }
    // A city's worth of dossiers takes more than the default five seconds to regroup.
  }, { maxWait: 60_000, timeout: 30 * 60_000 });
  return read;
}
