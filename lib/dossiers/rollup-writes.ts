import "server-only";
// Writes the statistics counters of rollups.ts in the transition's own transaction.
import { toLocal } from "@/lib/calendar/local-time";
import { Prisma } from "@/prisma/generated/client";
import { ROLLUP_COLUMNS as COLUMNS, type RollupCounter, type RollupKey, type StatusMove } from "./rollups";

export async function incrementRollups(
  tx: Prisma.TransactionClient,
  key: RollupKey,
  counters: readonly RollupCounter[],
  occurredAt: Date,
): Promise<void> {
  if (counters.length === 0) return;
  const day = toLocal(occurredAt).date;
  // INSERT … ON CONFLICT, so that concurrent transitions on the same day never race on the row.
  const columns = counters.map((counter) => COLUMNS[counter]);
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const ones = Prisma.raw(columns.map(() => "1").join(", "));
  const updates = Prisma.raw(columns.map((column) => `"${column}" = stat_daily."${column}" + 1`).join(", "));
  await tx.$executeRaw`
    INSERT INTO stat_daily (agency_id, procedure_id, channel, day, ${names})
    VALUES (${key.agencyId}::uuid, ${key.procedureId}::uuid, ${key.channel}::"Channel", ${day}::date, ${ones})
    ON CONFLICT (agency_id, procedure_id, channel, day) DO UPDATE SET ${updates}`;
}

/**
 * Applies a transition's status moves in one statement whose rows are sorted by status: every
 * transaction then locks the same rows in the same order, so two dossiers moving in opposite
 * directions (to payment and back) cannot deadlock.
 */
export async function moveStatusCount(tx: Prisma.TransactionClient, key: RollupKey, moves: readonly StatusMove[]): Promise<void> {
  if (moves.length === 0) return;
  const sorted = [...moves].sort((a, b) => (a.status < b.status ? -1 : 1));
  const rows = Prisma.join(
    sorted.map(
      ({ status, delta }) =>
        Prisma.sql`(${key.agencyId}::uuid, ${key.procedureId}::uuid, ${key.channel}::"Channel", ${status}::"DossierStatus", ${delta}::int)`,
    ),
  );
  await tx.$executeRaw`
    INSERT INTO stat_status (agency_id, procedure_id, channel, status, count) VALUES ${rows}
    ON CONFLICT (agency_id, procedure_id, channel, status) DO UPDATE SET count = stat_status.count + excluded.count`;
}
