import "server-only";
// Writes the statistics of rollups.ts in the transition's own transaction.
import { localDateOf } from "@/lib/calendar/local-time";
import { Prisma } from "@/prisma/generated/client";
import { CHANNEL_COLUMNS, CITY_SCOPE_ID, ROLLUP_COLUMNS as COLUMNS, monthOf, type RollupDelta, type RollupKey, type StatusMove } from "./rollups";

/**
 * One event's counters, backlog move and processing time: the day's and the month's counters,
 * the dossiers in hand by month of receipt, the months a leaving dossier was carried into, the
 * histogram of working days. INSERT … ON CONFLICT, so concurrent transitions never race on a row.
 *
 * Lock order: every transition that writes here has counters, so it locks its stat_daily row
 * (key, today) first, then its months in ascending order, then the agency's months (the same),
 * then stat_open, stat_agency_open, stat_duration, stat_duration_scope: the same order in every transaction, so two
 * transitions of one key, or of one agency, wait for each other instead of deadlocking.
 */
export async function writeRollups(tx: Prisma.TransactionClient, key: RollupKey, delta: RollupDelta, occurredAt: Date): Promise<void> {
  const { counters, backlog, workingDays } = delta;
  const day = localDateOf(occurredAt);
  const keyValues = Prisma.sql`${key.agencyId}::uuid, ${key.procedureId}::uuid, ${key.channel}::"Channel"`;
  if (counters.length > 0) {
    const columns = counters.map((counter) => COLUMNS[counter]);
    const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
    const ones = Prisma.raw(columns.map(() => "1").join(", "));
    const dailyUpdates = Prisma.raw(columns.map((column) => `"${column}" = stat_daily."${column}" + 1`).join(", "));
    await tx.$executeRaw`
      INSERT INTO stat_daily (agency_id, procedure_id, channel, day, ${names})
      VALUES (${keyValues}, ${day}::date, ${ones})
      ON CONFLICT (agency_id, procedure_id, channel, day) DO UPDATE SET ${dailyUpdates}`;
  }
  // The month's row takes the counters; a leaving dossier adds 1 to carried_in of every month it
  // was carried into (usually none: most leave in the month they came).
  const month = monthOf(day);
  const carried = backlog?.kind === "CLOSE" ? backlog.carriedMonths : [];
  if (counters.length > 0 || carried.length > 0) {
    const rows = [...new Set([...carried, ...(counters.length > 0 ? [month] : [])])].sort();
    const columns = [...counters.map((counter) => COLUMNS[counter]), "carried_in"];
    const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
    const values = Prisma.join(
      rows.map((row) => {
        const own = row === month ? counters.map(() => 1) : counters.map(() => 0);
        const cells = [...own, carried.includes(row) ? 1 : 0];
        return Prisma.sql`(${keyValues}, ${row}::date, ${Prisma.raw(cells.join(", "))})`;
      }),
    );
    const updates = Prisma.raw(columns.map((column) => `"${column}" = stat_monthly."${column}" + excluded."${column}"`).join(", "));
    await tx.$executeRaw`
      INSERT INTO stat_monthly (agency_id, procedure_id, channel, month, ${names}) VALUES ${values}
      ON CONFLICT (agency_id, procedure_id, channel, month) DO UPDATE SET ${updates}`;
    // The agency's sums, with the receipt's channel as a column of its own.
    const agencyColumns = counters.includes("received") ? [...columns, CHANNEL_COLUMNS[key.channel]] : columns;
    const agencyNames = Prisma.raw(agencyColumns.map((column) => `"${column}"`).join(", "));
    const agencyValues = Prisma.join(
      rows.map((row) => {
        const own = row === month ? counters.map(() => 1) : counters.map(() => 0);
        const cells = [...own, carried.includes(row) ? 1 : 0, ...(agencyColumns.length > columns.length ? [row === month ? 1 : 0] : [])];
        return Prisma.sql`(${key.agencyId}::uuid, ${row}::date, ${Prisma.raw(cells.join(", "))})`;
      }),
    );
    const agencyUpdates = Prisma.raw(agencyColumns.map((column) => `"${column}" = stat_agency_monthly."${column}" + excluded."${column}"`).join(", "));
    await tx.$executeRaw`
      INSERT INTO stat_agency_monthly (agency_id, month, ${agencyNames}) VALUES ${agencyValues}
      ON CONFLICT (agency_id, month) DO UPDATE SET ${agencyUpdates}`;
  }
  if (backlog) {
    const delta = backlog.kind === "OPEN" ? 1 : -1;
    await tx.$executeRaw`
      INSERT INTO stat_open (agency_id, procedure_id, channel, received_month, count)
      VALUES (${keyValues}, ${backlog.receivedMonth}::date, ${delta}::int)
      ON CONFLICT (agency_id, procedure_id, channel, received_month) DO UPDATE SET count = stat_open.count + excluded.count`;
    await tx.$executeRaw`
      INSERT INTO stat_agency_open (agency_id, received_month, count)
      VALUES (${key.agencyId}::uuid, ${backlog.receivedMonth}::date, ${delta}::int)
      ON CONFLICT (agency_id, received_month) DO UPDATE SET count = stat_agency_open.count + excluded.count`;
  }
  if (workingDays !== null) {
    await tx.$executeRaw`
      INSERT INTO stat_duration (agency_id, procedure_id, day, working_days, count)
      VALUES (${key.agencyId}::uuid, ${key.procedureId}::uuid, ${day}::date, ${workingDays}::int, 1)
      ON CONFLICT (agency_id, procedure_id, day, working_days) DO UPDATE SET count = stat_duration.count + 1`;
    // The city's, the agency's and the procedure's sums, in the order of the key (the enum's order).
    await tx.$executeRaw`
      INSERT INTO stat_duration_scope (scope, scope_id, day, working_days, count) VALUES
        ('CITY', ${CITY_SCOPE_ID}::uuid, ${day}::date, ${workingDays}::int, 1),
        ('AGENCY', ${key.agencyId}::uuid, ${day}::date, ${workingDays}::int, 1),
        ('PROCEDURE', ${key.procedureId}::uuid, ${day}::date, ${workingDays}::int, 1)
      ON CONFLICT (scope, scope_id, day, working_days) DO UPDATE SET count = stat_duration_scope.count + 1`;
  }
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
