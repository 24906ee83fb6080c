// A batch of simulated dossiers as the rows the commands would have written, copied in one
// transaction: the dossiers, their control slips, their events, the actions' own rows, and, in
// the same transaction, the statistics counters, status counts and code counters they move. A
// batch is all or nothing, so an interrupted run leaves a consistent database.
import type pg from "pg";
import { localDateOf } from "../../lib/calendar/local-time.ts";
import { CHANNEL_COLUMNS, CITY_SCOPE_ID, monthOf, ROLLUP_COLUMNS, ROLLUP_COUNTERS, type RollupCounter } from "../../lib/dossiers/rollups.ts";
import type {
  ConsultationRow,
  DocumentRow,
  DueDateChangeRow,
  PaymentRow,
  RatingRow,
  StepRow,
  SupplementRequestRow,
} from "../../lib/dossiers/state.ts";
import type { EventRow } from "../../lib/dossiers/trail.ts";
import { newLookupCode } from "../../lib/filing/references.ts";
import { copyRows, encode, flag, instant, plain, TableBuffer, type Column, type LineWriter } from "./copy.ts";
import type { SimulatedDossier } from "./simulate.ts";

type DossierLine = SimulatedDossier["state"]["dossier"] & {
  applicantType: string; applicantSnapshot: unknown; formData: unknown; feeVnd: number | null;
  createdAt: Date; updatedAt: Date; delegationId?: string | null;
};

// The three big tables are written out by hand (a line per row, no closure per column): they are
// most of a history's bytes. Free text and JSON go through encode(); ids, enums, numbers do not
// need escaping.
const DOSSIER: LineWriter<DossierLine> = {
  columns: [
    "id", "code", "procedure_id", "agency_id", "receiving_agency_id", "applicant_id", "organization_id", "status", "channel",
    "applicant_type", "applicant_snapshot", "form_data", "is_vneid_authenticated", "return_method", "resolution", "fee_vnd",
    "is_paid_online", "current_step_id", "current_handler_id", "current_unit_id", "submitted_at", "received_at", "clock_started_at",
    "due_at", "reference_due_at", "deadline_precision", "is_due_provisional", "finished_at", "returned_at", "closed_at", "paused_at",
    "paused_seconds", "clock_paused_seconds", "supplement_count", "bounce_count", "has_apology", "timeliness", "trail_hash", "version", "created_at", "updated_at",
    "lookup_code", "has_electronic_papers", "delegation_id",
  ],
  line: (d) =>
    `${d.id}\t${plain(d.code)}\t${d.procedureId}\t${d.agencyId}\t${plain(d.receivingAgencyId)}\t${plain(d.applicantId)}\t${plain(d.organizationId)}\t` +
    `${d.status}\t${d.channel}\t${d.applicantType}\t${encode(d.applicantSnapshot)}\t${encode(d.formData)}\t${flag(d.isVneidAuthenticated)}\t` +
    `${d.returnMethod}\t${plain(d.resolution)}\t${plain(d.feeVnd)}\t${flag(d.isPaidOnline)}\t${plain(d.currentStepId)}\t${plain(d.currentHandlerId)}\t` +
    `${plain(d.currentUnitId)}\t${instant(d.submittedAt)}\t${instant(d.receivedAt)}\t${instant(d.clockStartedAt)}\t${instant(d.dueAt)}\t` +
    `${instant(d.referenceDueAt)}\t${plain(d.deadlinePrecision)}\t${flag(d.isDueProvisional)}\t${instant(d.finishedAt)}\t${instant(d.returnedAt)}\t` +
    `${instant(d.closedAt)}\t${instant(d.pausedAt)}\t${d.pausedSeconds}\t${d.clockPausedSeconds}\t${d.supplementCount}\t${d.bounceCount}\t${flag(d.hasApology)}\t` +
    `${plain(d.timeliness)}\t${plain(d.trailHash)}\t${d.version}\t${instant(d.createdAt)}\t${instant(d.updatedAt)}\t` +
    // Every dossier has its lookup code, as one filed through the portal (random: it is a secret).
    `${newLookupCode()}\t${flag(d.hasElectronicPapers)}\t${plain(d.delegationId ?? null)}`,
};
const STEP: LineWriter<StepRow> = {
  columns: ["id", "dossier_id", "sequence", "kind", "plan_step_id", "agency_id", "unit_id", "handler_id", "title", "started_at", "due_at", "due_precision", "completed_at", "outcome", "is_bounce", "note"],
  line: (s) =>
    `${s.id}\t${s.dossierId}\t${s.sequence}\t${s.kind}\t${plain(s.planStepId)}\t${s.agencyId}\t${plain(s.unitId)}\t${plain(s.handlerId)}\t` +
    `${encode(s.title)}\t${instant(s.startedAt)}\t${instant(s.dueAt)}\t${plain(s.duePrecision)}\t${instant(s.completedAt)}\t${plain(s.outcome)}\t` +
    `${flag(s.isBounce)}\t${encode(s.note)}`,
};
const EVENT: LineWriter<EventRow> = {
  columns: ["id", "dossier_id", "sequence", "action", "actor_id", "actor_role", "from_status", "to_status", "payload", "occurred_at", "prev_hash", "hash"],
  line: (e) =>
    `${e.id}\t${e.dossierId}\t${e.sequence}\t${e.action}\t${plain(e.actorId)}\t${e.actorRole}\t${plain(e.fromStatus)}\t${e.toStatus}\t` +
    `${encode(e.payload)}\t${instant(e.occurredAt)}\t${plain(e.prevHash)}\t${e.hash}`,
};
const SUPPLEMENT: Column<SupplementRequestRow>[] = [
  ["id", (r) => r.id], ["dossier_id", (r) => r.dossierId], ["stage", (r) => r.stage], ["requested_by_id", (r) => r.requestedById],
  ["requested_at", (r) => r.requestedAt], ["reason", (r) => r.reason], ["items", (r) => r.items], ["fulfilled_at", (r) => r.fulfilledAt],
];
const CONSULTATION: Column<ConsultationRow>[] = [
  ["id", (r) => r.id], ["dossier_id", (r) => r.dossierId], ["agency_id", (r) => r.agencyId], ["unit_id", (r) => r.unitId], ["question", (r) => r.question],
  ["requested_at", (r) => r.requestedAt], ["due_at", (r) => r.dueAt], ["replied_at", (r) => r.repliedAt], ["reply", (r) => r.reply],
];
const PAYMENT: Column<PaymentRow>[] = [
  ["id", (r) => r.id], ["dossier_id", (r) => r.dossierId], ["amount_vnd", (r) => r.amountVnd], ["reason", (r) => r.reason],
  ["requested_at", (r) => r.requestedAt], ["paid_at", (r) => r.paidAt], ["method", (r) => r.method], ["reference", (r) => r.reference],
];
const DUE_DATE_CHANGE: Column<DueDateChangeRow>[] = [
  ["id", (r) => r.id], ["dossier_id", (r) => r.dossierId], ["previous_due_at", (r) => r.previousDueAt], ["new_due_at", (r) => r.newDueAt],
  ["reason", (r) => r.reason], ["issued_by_id", (r) => r.issuedById], ["issued_at", (r) => r.issuedAt],
];
const DOCUMENT: Column<DocumentRow>[] = [
  ["id", (r) => r.id], ["dossier_id", (r) => r.dossierId], ["kind", (r) => r.kind], ["name", (r) => r.name], ["mime_type", (r) => r.mimeType],
  ["size_bytes", (r) => r.sizeBytes], ["sha256", (r) => r.sha256], ["storage_key", (r) => r.storageKey], ["uploaded_by_id", (r) => r.uploadedById],
  ["created_at", (r) => r.createdAt], ["verification_code", (r) => r.verificationCode ?? null], ["original_sha256", (r) => r.originalSha256 ?? null],
];
const RATING: Column<RatingRow>[] = [
  ["id", (r) => r.id], ["dossier_id", (r) => r.dossierId], ["user_id", (r) => r.userId], ["overall", (r) => r.overall], ["scores", (r) => r.scores],
  ["comment", (r) => r.comment], ["created_at", (r) => r.createdAt],
];

type Key = string;
const keyOf = (agencyId: string, procedureId: string, channel: string) => `${agencyId}|${procedureId}|${channel}`;

export class Batch {
  readonly dossiers = new TableBuffer("dossier", DOSSIER);
  readonly steps = new TableBuffer("processing_step", STEP);
  readonly events = new TableBuffer("dossier_event", EVENT);
  readonly supplementRequests = new TableBuffer("supplement_request", SUPPLEMENT);
  readonly consultations = new TableBuffer("consultation", CONSULTATION);
  readonly payments = new TableBuffer("payment", PAYMENT);
  readonly dueDateChanges = new TableBuffer("due_date_change", DUE_DATE_CHANGE);
  readonly documents = new TableBuffer("document", DOCUMENT);
  readonly ratings = new TableBuffer("rating", RATING);
  /** stat_daily deltas by "agency|procedure|channel|day". */
  readonly daily = new Map<Key, Record<RollupCounter, number>>();
  /** stat_monthly deltas by "agency|procedure|channel|month" (the counters and carried_in). */
  readonly monthly = new Map<Key, MonthlyDelta>();
  /** stat_open deltas by "agency|procedure|channel|received month". */
  readonly open = new Map<Key, number>();
  /** stat_agency_monthly deltas by "agency|month" (with the receipts per channel). */
  readonly agencyMonthly = new Map<Key, AgencyMonthlyDelta>();
  /** stat_agency_open deltas by "agency|received month". */
  readonly agencyOpen = new Map<Key, number>();
  /** stat_duration counts by "agency|procedure|day|working days". */
  readonly durations = new Map<Key, number>();
  /** stat_status deltas by "agency|procedure|channel|status". */
  readonly statuses = new Map<Key, number>();
  /** Last code number used by "agency|day" in this batch. */
  readonly codes = new Map<Key, number>();
  count = 0;

  add(simulated: SimulatedDossier): void {
    const { draft, state, events, outcomes } = simulated;
    this.count += 1;
    this.dossiers.add({
      ...state.dossier, applicantType: draft.applicantType, applicantSnapshot: draft.applicantSnapshot, formData: draft.formData,
      feeVnd: draft.feeVnd, createdAt: draft.createdAt,
      updatedAt: events[events.length - 1]!.occurredAt,
    });
    for (const step of state.steps) this.steps.add(step);
    for (const event of events) this.events.add(event);
    // The action rows as they end up: inserted once, then updated by later actions.
    const supplements = new Map<string, SupplementRequestRow>();
    const consultations = new Map<string, ConsultationRow>();
    const payments = new Map<string, PaymentRow>();
    const { dossier } = state;
    for (const outcome of outcomes) {
      for (const row of outcome.inserts.supplementRequests) supplements.set(row.id, row);
      for (const row of outcome.inserts.consultations) consultations.set(row.id, row);
      for (const row of outcome.inserts.payments) payments.set(row.id, row);
      for (const update of outcome.updates.supplementRequests) supplements.set(update.id, { ...supplements.get(update.id)!, fulfilledAt: update.fulfilledAt });
      for (const { id, ...data } of outcome.updates.consultations) consultations.set(id, { ...consultations.get(id)!, ...data });
      for (const { id, ...data } of outcome.updates.payments) payments.set(id, { ...payments.get(id)!, ...data });
      for (const row of outcome.inserts.dueDateChanges) this.dueDateChanges.add(row);
      for (const row of outcome.inserts.documents) this.documents.add(row);
      for (const row of outcome.inserts.ratings) this.ratings.add(row);
      // The statistics each event moves, as writeRollups() and moveStatusCount() would.
      const base = keyOf(dossier.agencyId, dossier.procedureId, dossier.channel);
      const day = localDateOf(outcome.event.occurredAt);
      if (outcome.counters.length > 0) {
        const dayKey = `${base}|${day}`;
        let counters = this.daily.get(dayKey);
        if (!counters) this.daily.set(dayKey, (counters = zeroCounters()));
        const month = this.monthRow(`${base}|${monthOf(day)}`);
        const agencyMonth = this.agencyMonthRow(`${dossier.agencyId}|${monthOf(day)}`);
        for (const counter of outcome.counters) {
          counters[counter] += 1;
          month[counter] += 1;
          agencyMonth[counter] += 1;
        }
        if (outcome.counters.includes("received")) agencyMonth[CHANNEL_COLUMNS[dossier.channel]] += 1;
      }
      const { backlog } = outcome;
      if (backlog) {
        const delta = backlog.kind === "OPEN" ? 1 : -1;
        const openKey = `${base}|${backlog.receivedMonth}`;
        this.open.set(openKey, (this.open.get(openKey) ?? 0) + delta);
        const agencyOpenKey = `${dossier.agencyId}|${backlog.receivedMonth}`;
        this.agencyOpen.set(agencyOpenKey, (this.agencyOpen.get(agencyOpenKey) ?? 0) + delta);
        if (backlog.kind === "CLOSE") {
          for (const carried of backlog.carriedMonths) {
            this.monthRow(`${base}|${carried}`).carriedIn += 1;
            this.agencyMonthRow(`${dossier.agencyId}|${carried}`).carriedIn += 1;
          }
        }
      }
      if (outcome.workingDays !== null) {
        const durationKey = `${dossier.agencyId}|${dossier.procedureId}|${day}|${outcome.workingDays}`;
        this.durations.set(durationKey, (this.durations.get(durationKey) ?? 0) + 1);
      }
      for (const move of outcome.statusMoves) {
        const statusKey = `${base}|${move.status}`;
        this.statuses.set(statusKey, (this.statuses.get(statusKey) ?? 0) + move.delta);
      }
    }
    for (const row of supplements.values()) this.supplementRequests.add(row);
    for (const row of consultations.values()) this.consultations.add(row);
    for (const row of payments.values()) this.payments.add(row);
  }

  private monthRow(key: Key): MonthlyDelta {
    let row = this.monthly.get(key);
    if (!row) this.monthly.set(key, (row = { ...zeroCounters(), carriedIn: 0 }));
    return row;
  }

  private agencyMonthRow(key: Key): AgencyMonthlyDelta {
    let row = this.agencyMonthly.get(key);
    if (!row) this.agencyMonthly.set(key, (row = { ...zeroCounters(), carriedIn: 0, received_online: 0, received_in_person: 0, received_post: 0 }));
    return row;
  }

  /** The batch as plain data (sent from the generating thread to the writing one); empties it. */
  take(): BatchPayload {
    const payload = this.payload();
    this.daily.clear();
    this.monthly.clear();
    this.open.clear();
    this.agencyMonthly.clear();
    this.agencyOpen.clear();
    this.durations.clear();
    this.statuses.clear();
    this.codes.clear();
    this.count = 0;
    return payload;
  }

  private payload(): BatchPayload {
    const tables = [this.dossiers, this.steps, this.events, this.supplementRequests, this.consultations, this.payments, this.dueDateChanges, this.documents, this.ratings]
      .map((table) => table.take());
    return {
      tables,
      daily: [...this.daily],
      monthly: [...this.monthly],
      open: [...this.open].filter(([, delta]) => delta !== 0),
      agencyMonthly: [...this.agencyMonthly],
      agencyOpen: [...this.agencyOpen].filter(([, delta]) => delta !== 0),
      durations: [...this.durations],
      statuses: [...this.statuses].filter(([, delta]) => delta !== 0),
      codes: [...this.codes],
      dossiers: this.count,
    };
  }
}

type MonthlyDelta = Record<RollupCounter, number> & { carriedIn: number };
type AgencyMonthlyDelta = MonthlyDelta & Record<"received_online" | "received_in_person" | "received_post", number>;

const zeroCounters = () => Object.fromEntries(ROLLUP_COUNTERS.map((counter) => [counter, 0])) as Record<RollupCounter, number>;

export type BatchPayload = {
  tables: { table: string; columns: string; bytes: Uint8Array }[];
  daily: [Key, Record<RollupCounter, number>][];
  monthly: [Key, MonthlyDelta][];
  open: [Key, number][];
  agencyMonthly: [Key, AgencyMonthlyDelta][];
  agencyOpen: [Key, number][];
  durations: [Key, number][];
  statuses: [Key, number][];
  codes: [Key, number][];
  dossiers: number;
};

/** Writes a batch in one transaction. */
export async function writeBatch(pool: pg.Pool, payload: BatchPayload, options: { skipForeignKeyChecks: boolean }): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // The rows reference each other and existing rows by construction (they are the engine's,
    // and the integration test checks every foreign key after a run); a superuser may skip
    // re-checking them row by row, which halves the time of a bulk load. Others check as usual.
    if (options.skipForeignKeyChecks) await client.query("SET LOCAL session_replication_role = replica");
    await client.query("SET LOCAL synchronous_commit = off");
    for (const { table, columns, bytes } of payload.tables) await copyRows(client, table, columns, bytes);
    // The order of writeRollups(), so that a batch never deadlocks with a transition.
    await mergeCounters(client, "stat_daily", "day", payload.daily);
    await mergeCounters(client, "stat_monthly", "month", payload.monthly);
    await mergeAgencyMonthly(client, payload.agencyMonthly);
    await mergeOpen(client, payload.open);
    await mergeAgencyOpen(client, payload.agencyOpen);
    await mergeDurations(client, payload.durations);
    await mergeStatuses(client, payload.statuses);
    await mergeCodes(client, payload.codes);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Adds counters to stat_daily or stat_monthly (with carried_in), one statement for the batch. */
async function mergeCounters(
  client: pg.PoolClient,
  table: "stat_daily" | "stat_monthly",
  period: "day" | "month",
  rows: [Key, Record<RollupCounter, number> & { carriedIn?: number }][],
): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  const columns = ROLLUP_COUNTERS.map((counter) => ROLLUP_COLUMNS[counter]);
  const params: unknown[] = [split.map((k) => k[0]), split.map((k) => k[1]), split.map((k) => k[2]), split.map((k) => k[3])];
  for (const counter of ROLLUP_COUNTERS) params.push(rows.map(([, counters]) => counters[counter]));
  if (table === "stat_monthly") {
    columns.push("carried_in");
    params.push(rows.map(([, counters]) => counters.carriedIn ?? 0));
  }
  const unnest = columns.map((_, index) => `$${index + 5}::int[]`).join(", ");
  await client.query(
    `INSERT INTO ${table} (agency_id, procedure_id, channel, ${period}, ${columns.map((c) => `"${c}"`).join(", ")})
     SELECT a::uuid, p::uuid, c::"Channel", d::date, ${columns.map((c) => `t."${c}"`).join(", ")}
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], ${unnest}) AS t(a, p, c, d, ${columns.map((c) => `"${c}"`).join(", ")})
     ORDER BY 1, 2, 3, 4
     ON CONFLICT (agency_id, procedure_id, channel, ${period}) DO UPDATE SET ${columns.map((c) => `"${c}" = ${table}."${c}" + excluded."${c}"`).join(", ")}`,
    params,
  );
}

async function mergeOpen(client: pg.PoolClient, rows: [Key, number][]): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  await client.query(
    `INSERT INTO stat_open (agency_id, procedure_id, channel, received_month, count)
     SELECT a::uuid, p::uuid, c::"Channel", m::date, n FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS t(a, p, c, m, n)
     ON CONFLICT (agency_id, procedure_id, channel, received_month) DO UPDATE SET count = stat_open.count + excluded.count`,
    [split.map((k) => k[0]), split.map((k) => k[1]), split.map((k) => k[2]), split.map((k) => k[3]), rows.map(([, delta]) => delta)],
  );
}

async function mergeAgencyMonthly(client: pg.PoolClient, rows: [Key, AgencyMonthlyDelta][]): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  const columns = [...ROLLUP_COUNTERS.map((counter) => ROLLUP_COLUMNS[counter]), "carried_in", "received_online", "received_in_person", "received_post"];
  const values = (row: AgencyMonthlyDelta) => [...ROLLUP_COUNTERS.map((counter) => row[counter]), row.carriedIn, row.received_online, row.received_in_person, row.received_post];
  const params: unknown[] = [split.map((k) => k[0]), split.map((k) => k[1])];
  columns.forEach((_, index) => params.push(rows.map(([, row]) => values(row)[index])));
  const list = columns.map((c) => `"${c}"`).join(", ");
  await client.query(
    `INSERT INTO stat_agency_monthly (agency_id, month, ${list})
     SELECT a::uuid, m::date, ${columns.map((c) => `t."${c}"`).join(", ")}
     FROM unnest($1::text[], $2::text[], ${columns.map((_, index) => `$${index + 3}::int[]`).join(", ")}) AS t(a, m, ${list})
     ORDER BY 1, 2
     ON CONFLICT (agency_id, month) DO UPDATE SET ${columns.map((c) => `"${c}" = stat_agency_monthly."${c}" + excluded."${c}"`).join(", ")}`,
    params,
  );
}

async function mergeAgencyOpen(client: pg.PoolClient, rows: [Key, number][]): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  await client.query(
    `INSERT INTO stat_agency_open (agency_id, received_month, count)
     SELECT a::uuid, m::date, n FROM unnest($1::text[], $2::text[], $3::int[]) AS t(a, m, n)
     ON CONFLICT (agency_id, received_month) DO UPDATE SET count = stat_agency_open.count + excluded.count`,
    [split.map((k) => k[0]), split.map((k) => k[1]), rows.map(([, delta]) => delta)],
  );
}

async function mergeDurations(client: pg.PoolClient, rows: [Key, number][]): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  const params = [split.map((k) => k[0]), split.map((k) => k[1]), split.map((k) => k[2]), split.map((k) => Number(k[3])), rows.map(([, count]) => count)];
  const rowsOf = "unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[]) AS t(a, p, d, w, n)";
  await client.query(
    `INSERT INTO stat_duration (agency_id, procedure_id, day, working_days, count)
     SELECT a::uuid, p::uuid, d::date, w, n FROM ${rowsOf}
     ON CONFLICT (agency_id, procedure_id, day, working_days) DO UPDATE SET count = stat_duration.count + excluded.count`,
    params,
  );
  // The city's, each agency's and each procedure's sums (writeRollups() writes the same).
  await client.query(
    `INSERT INTO stat_duration_scope (scope, scope_id, day, working_days, count)
     SELECT 'CITY'::"StatScope", '${CITY_SCOPE_ID}'::uuid, d::date, w, sum(n)::int FROM ${rowsOf} GROUP BY d, w
     UNION ALL SELECT 'AGENCY'::"StatScope", a::uuid, d::date, w, sum(n)::int FROM ${rowsOf} GROUP BY a, d, w
     UNION ALL SELECT 'PROCEDURE'::"StatScope", p::uuid, d::date, w, sum(n)::int FROM ${rowsOf} GROUP BY p, d, w
     ON CONFLICT (scope, scope_id, day, working_days) DO UPDATE SET count = stat_duration_scope.count + excluded.count`,
    params,
  );
}

async function mergeStatuses(client: pg.PoolClient, rows: [Key, number][]): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  await client.query(
    `INSERT INTO stat_status (agency_id, procedure_id, channel, status, count)
     SELECT a::uuid, p::uuid, c::"Channel", s::"DossierStatus", n FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS t(a, p, c, s, n)
     ON CONFLICT (agency_id, procedure_id, channel, status) DO UPDATE SET count = stat_status.count + excluded.count`,
    [split.map((k) => k[0]), split.map((k) => k[1]), split.map((k) => k[2]), split.map((k) => k[3]), rows.map(([, delta]) => delta)],
  );
}

async function mergeCodes(client: pg.PoolClient, rows: [Key, number][]): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  await client.query(
    `INSERT INTO dossier_code_counter (agency_id, day, last_value)
     SELECT a::uuid, d::date, n FROM unnest($1::text[], $2::text[], $3::int[]) AS t(a, d, n)
     ON CONFLICT (agency_id, day) DO UPDATE SET last_value = GREATEST(dossier_code_counter.last_value, excluded.last_value)`,
    [split.map((k) => k[0]), split.map((k) => k[1]), rows.map(([, value]) => value)],
  );
}
