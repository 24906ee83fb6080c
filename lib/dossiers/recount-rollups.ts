import "server-only";
import { toLocal } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";
import { CHANNEL_COLUMNS, CITY_SCOPE_ID, ROLLUP_COUNTERS, monthOf, rollupDeltaFor, type RollupCounter } from "./rollups";

const BATCH = 5000;

type Channel = "IN_PERSON" | "ONLINE" | "POST";
type KeyOf = { agencyId: string; procedureId: string; channel: Channel };
type CounterRow = KeyOf & Record<RollupCounter, number>;

type AgencyMonthRow = Record<RollupCounter, number> & {
  agencyId: string; month: string; carriedIn: number; receivedOnline: number; receivedInPerson: number; receivedPost: number;
};
const RECEIVED_BY_CHANNEL = { IN_PERSON: "receivedInPerson", ONLINE: "receivedOnline", POST: "receivedPost" } as const satisfies Record<keyof typeof CHANNEL_COLUMNS, keyof AgencyMonthRow>;

const zero = () => Object.fromEntries(ROLLUP_COUNTERS.map((counter) => [counter, 0])) as Record<RollupCounter, number>;

/**
 * Rebuilds the statistics (a maintenance task, not a request path) from the audit trail, read in
 * batches and counted by the same rule as the commands (rollupDeltaFor): the daily and monthly
 * counters (per key and per agency), the months each dossier was carried into, the dossiers in
 * hand by month of receipt, the histogram of working days (and its sums per scope); and the status counts from the dossiers. Everything is replaced
 * in one transaction. Returns the number of events read. Run it while no transition is under way
 * (e.g. at night), or it may miss the events written meanwhile.
 */
export async function recountRollups(): Promise<number> {
  const daily = new Map<string, CounterRow & { day: string }>();
  const monthly = new Map<string, CounterRow & { month: string; carriedIn: number }>();
  const open = new Map<string, KeyOf & { receivedMonth: string; count: number }>();
  const agencyMonthly = new Map<string, AgencyMonthRow>();
  const agencyOpen = new Map<string, { agencyId: string; receivedMonth: string; count: number }>();
  const agencyMonthRow = (agencyId: string, month: string) => {
    let row = agencyMonthly.get(`${agencyId}|${month}`);
    if (!row) {
      row = { agencyId, month, carriedIn: 0, receivedOnline: 0, receivedInPerson: 0, receivedPost: 0, ...zero() };
      agencyMonthly.set(`${agencyId}|${month}`, row);
    }
    return row;
  };
  const durations = new Map<string, { agencyId: string; procedureId: string; day: string; workingDays: number; count: number }>();
  const monthRow = (key: KeyOf, month: string) => {
    const id = `${key.agencyId}|${key.procedureId}|${key.channel}|${month}`;
    let row = monthly.get(id);
    if (!row) monthly.set(id, (row = { ...key, month, carriedIn: 0, ...zero() }));
    return row;
  };
  let cursor: string | undefined;
  let read = 0;
  for (;;) {
    const events = await db.dossierEvent.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: "asc" },
      select: {
        id: true, action: true, fromStatus: true, toStatus: true, payload: true, occurredAt: true,
        dossier: { select: { agencyId: true, procedureId: true, channel: true, receivedAt: true, isVneidAuthenticated: true, hasElectronicPapers: true } },
      },
    });
    if (events.length === 0) break;
    for (const event of events) {
      const { receivedAt, isVneidAuthenticated, hasElectronicPapers, ...key } = event.dossier;
      const delta = rollupDeltaFor({ ...event, payload: (event.payload ?? {}) as Record<string, unknown> }, { receivedAt, channel: key.channel, isVneidAuthenticated, hasElectronicPapers });
      const day = toLocal(event.occurredAt).date;
      const base = `${key.agencyId}|${key.procedureId}|${key.channel}`;
      if (delta.counters.length > 0) {
        let row = daily.get(`${base}|${day}`);
        if (!row) daily.set(`${base}|${day}`, (row = { ...key, day, ...zero() }));
        const month = monthRow(key, monthOf(day));
        const agencyMonth = agencyMonthRow(key.agencyId, monthOf(day));
        for (const counter of delta.counters) {
          row[counter] += 1;
          month[counter] += 1;
          agencyMonth[counter] += 1;
        }
        if (delta.counters.includes("received")) agencyMonth[RECEIVED_BY_CHANNEL[key.channel]] += 1;
      }
      if (delta.backlog) {
        const { receivedMonth } = delta.backlog;
        let row = open.get(`${base}|${receivedMonth}`);
        if (!row) open.set(`${base}|${receivedMonth}`, (row = { ...key, receivedMonth, count: 0 }));
        row.count += delta.backlog.kind === "OPEN" ? 1 : -1;
        let agencyRow = agencyOpen.get(`${key.agencyId}|${receivedMonth}`);
        if (!agencyRow) agencyOpen.set(`${key.agencyId}|${receivedMonth}`, (agencyRow = { agencyId: key.agencyId, receivedMonth, count: 0 }));
        agencyRow.count += delta.backlog.kind === "OPEN" ? 1 : -1;
        if (delta.backlog.kind === "CLOSE") {
          for (const carried of delta.backlog.carriedMonths) {
            monthRow(key, carried).carriedIn += 1;
            agencyMonthRow(key.agencyId, carried).carriedIn += 1;
          }
        }
      }
      if (delta.workingDays !== null) {
        const id = `${key.agencyId}|${key.procedureId}|${day}|${delta.workingDays}`;
        let row = durations.get(id);
        if (!row) durations.set(id, (row = { agencyId: key.agencyId, procedureId: key.procedureId, day, workingDays: delta.workingDays, count: 0 }));
        row.count += 1;
      }
    }
    read += events.length;
    cursor = events[events.length - 1]!.id;
  }
  const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
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
    await tx.statMonthly.deleteMany();
    await tx.statOpen.deleteMany();
    await tx.statDuration.deleteMany();
    await tx.statDurationScope.deleteMany();
    await tx.statAgencyMonthly.deleteMany();
    await tx.statAgencyOpen.deleteMany();
    await createInBatches([...daily.values()].map(({ day, ...row }) => ({ ...row, day: asDate(day) })), (data) => tx.statDaily.createMany({ data }));
    await createInBatches([...monthly.values()].map(({ month, ...row }) => ({ ...row, month: asDate(month) })), (data) => tx.statMonthly.createMany({ data }));
    await createInBatches(
      [...open.values()].filter((row) => row.count !== 0).map(({ receivedMonth, ...row }) => ({ ...row, receivedMonth: asDate(receivedMonth) })),
      (data) => tx.statOpen.createMany({ data }),
    );
    await createInBatches([...agencyMonthly.values()].map(({ month, ...row }) => ({ ...row, month: asDate(month) })), (data) => tx.statAgencyMonthly.createMany({ data }));
    await createInBatches(
      [...agencyOpen.values()].filter((row) => row.count !== 0).map(({ receivedMonth, ...row }) => ({ ...row, receivedMonth: asDate(receivedMonth) })),
      (data) => tx.statAgencyOpen.createMany({ data }),
    );
    await createInBatches([...durations.values()].map(({ day, ...row }) => ({ ...row, day: asDate(day) })), (data) => tx.statDuration.createMany({ data }));
    await createInBatches(durationScopes(durations.values()).map(({ day, ...row }) => ({ ...row, day: asDate(day) })), (data) => tx.statDurationScope.createMany({ data }));
    // A city's worth of dossiers takes more than the default five seconds to regroup.
  }, { maxWait: 60_000, timeout: 30 * 60_000 });
  return read;
}

async function createInBatches<T>(rows: T[], create: (data: T[]) => Prisma.PrismaPromise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await create(rows.slice(start, start + BATCH));
}

/** The histogram summed for the city, each agency and each procedure (stat_duration_scope). */
function durationScopes(rows: Iterable<{ agencyId: string; procedureId: string; day: string; workingDays: number; count: number }>) {
  const sums = new Map<string, { scope: "CITY" | "AGENCY" | "PROCEDURE"; scopeId: string; day: string; workingDays: number; count: number }>();
  for (const row of rows) {
    for (const [scope, scopeId] of [["CITY", CITY_SCOPE_ID], ["AGENCY", row.agencyId], ["PROCEDURE", row.procedureId]] as const) {
      const key = `${scope}|${scopeId}|${row.day}|${row.workingDays}`;
      const sum = sums.get(key) ?? { scope, scopeId, day: row.day, workingDays: row.workingDays, count: 0 };
      sum.count += row.count;
      sums.set(key, sum);
    }
  }
  return [...sums.values()];
}
