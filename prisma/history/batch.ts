// A batch of simulated dossiers as the rows the commands would have written, copied in one
// transaction: the dossiers, their control slips, their events, the actions' own rows, and, in
// the same transaction, the statistics counters, status counts and code counters they move. A
// batch is all or nothing, so an interrupted run leaves a consistent database.
import type pg from "pg";
import { localDateOf } from "../../lib/calendar/local-time.ts";
import { ROLLUP_COLUMNS, ROLLUP_COUNTERS, type RollupCounter } from "../../lib/dossiers/rollups.ts";
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
import { copyLines, TableBuffer, type Column } from "./copy.ts";
import type { SimulatedDossier } from "./simulate.ts";

type DossierLine = SimulatedDossier["state"]["dossier"] & {
  applicantType: string; applicantSnapshot: unknown; formData: unknown; isVneidAuthenticated: boolean; feeVnd: number | null;
  createdAt: Date; updatedAt: Date;
};

const DOSSIER: Column<DossierLine>[] = [
  ["id", (d) => d.id], ["code", (d) => d.code], ["procedure_id", (d) => d.procedureId], ["agency_id", (d) => d.agencyId],
  ["receiving_agency_id", (d) => d.receivingAgencyId], ["applicant_id", (d) => d.applicantId], ["organization_id", (d) => d.organizationId],
  ["status", (d) => d.status], ["channel", (d) => d.channel], ["applicant_type", (d) => d.applicantType],
  ["applicant_snapshot", (d) => d.applicantSnapshot], ["form_data", (d) => d.formData], ["is_vneid_authenticated", (d) => d.isVneidAuthenticated],
  ["return_method", (d) => d.returnMethod], ["resolution", (d) => d.resolution], ["fee_vnd", (d) => d.feeVnd], ["is_paid_online", (d) => d.isPaidOnline],
  ["current_step_id", (d) => d.currentStepId], ["current_handler_id", (d) => d.currentHandlerId], ["current_unit_id", (d) => d.currentUnitId],
  ["submitted_at", (d) => d.submittedAt], ["received_at", (d) => d.receivedAt], ["clock_started_at", (d) => d.clockStartedAt],
  ["due_at", (d) => d.dueAt], ["reference_due_at", (d) => d.referenceDueAt], ["deadline_precision", (d) => d.deadlinePrecision],
  ["is_due_provisional", (d) => d.isDueProvisional], ["finished_at", (d) => d.finishedAt], ["returned_at", (d) => d.returnedAt],
  ["closed_at", (d) => d.closedAt], ["paused_at", (d) => d.pausedAt], ["paused_seconds", (d) => d.pausedSeconds],
  ["supplement_count", (d) => d.supplementCount], ["bounce_count", (d) => d.bounceCount], ["has_apology", (d) => d.hasApology],
  ["timeliness", (d) => d.timeliness], ["trail_hash", (d) => d.trailHash], ["version", (d) => d.version],
  ["created_at", (d) => d.createdAt], ["updated_at", (d) => d.updatedAt],
];
const STEP: Column<StepRow>[] = [
  ["id", (s) => s.id], ["dossier_id", (s) => s.dossierId], ["sequence", (s) => s.sequence], ["kind", (s) => s.kind], ["plan_step_id", (s) => s.planStepId],
  ["agency_id", (s) => s.agencyId], ["unit_id", (s) => s.unitId], ["handler_id", (s) => s.handlerId], ["title", (s) => s.title],
  ["started_at", (s) => s.startedAt], ["due_at", (s) => s.dueAt], ["due_precision", (s) => s.duePrecision], ["completed_at", (s) => s.completedAt],
  ["outcome", (s) => s.outcome], ["is_bounce", (s) => s.isBounce], ["note", (s) => s.note],
];
const EVENT: Column<EventRow>[] = [
  ["id", (e) => e.id], ["dossier_id", (e) => e.dossierId], ["sequence", (e) => e.sequence], ["action", (e) => e.action], ["actor_id", (e) => e.actorId],
  ["actor_role", (e) => e.actorRole], ["from_status", (e) => e.fromStatus], ["to_status", (e) => e.toStatus], ["payload", (e) => e.payload],
  ["occurred_at", (e) => e.occurredAt], ["prev_hash", (e) => e.prevHash], ["hash", (e) => e.hash],
];
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
  ["created_at", (r) => r.createdAt],
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
      isVneidAuthenticated: draft.isVneidAuthenticated, feeVnd: draft.feeVnd, createdAt: draft.createdAt,
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
      // The statistics each event moves, as incrementRollups() and moveStatusCount() would.
      const base = keyOf(dossier.agencyId, dossier.procedureId, dossier.channel);
      if (outcome.counters.length > 0) {
        const dayKey = `${base}|${localDateOf(outcome.event.occurredAt)}`;
        let counters = this.daily.get(dayKey);
        if (!counters) this.daily.set(dayKey, (counters = Object.fromEntries(ROLLUP_COUNTERS.map((counter) => [counter, 0])) as Record<RollupCounter, number>));
        for (const counter of outcome.counters) counters[counter] += 1;
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

  /** Writes the batch in one transaction. */
  async write(pool: pg.Pool, options: { skipForeignKeyChecks: boolean }): Promise<void> {
    const tables = [this.dossiers, this.steps, this.events, this.supplementRequests, this.consultations, this.payments, this.dueDateChanges, this.documents, this.ratings].map((table) => table.take());
    const daily = [...this.daily];
    const statuses = [...this.statuses].filter(([, delta]) => delta !== 0);
    const codes = [...this.codes];
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // The rows reference each other and existing rows by construction (they are the engine's,
      // and the integration test checks every foreign key after a run); a superuser may skip
      // re-checking them row by row, which halves the time of a bulk load. Others check as usual.
      if (options.skipForeignKeyChecks) await client.query("SET LOCAL session_replication_role = replica");
      await client.query("SET LOCAL synchronous_commit = off");
      for (const { table, columns, lines } of tables) await copyLines(client, table, columns, lines);
      await mergeDaily(client, daily);
      await mergeStatuses(client, statuses);
      await mergeCodes(client, codes);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

async function mergeDaily(client: pg.PoolClient, rows: [Key, Record<RollupCounter, number>][]): Promise<void> {
  if (rows.length === 0) return;
  const split = rows.map(([key]) => key.split("|"));
  const columns = ROLLUP_COUNTERS.map((counter) => ROLLUP_COLUMNS[counter]);
  const params: unknown[] = [split.map((k) => k[0]), split.map((k) => k[1]), split.map((k) => k[2]), split.map((k) => k[3])];
  for (const counter of ROLLUP_COUNTERS) params.push(rows.map(([, counters]) => counters[counter]));
  const unnest = columns.map((_, index) => `$${index + 5}::int[]`).join(", ");
  await client.query(
    `INSERT INTO stat_daily (agency_id, procedure_id, channel, day, ${columns.map((c) => `"${c}"`).join(", ")})
     SELECT a::uuid, p::uuid, c::"Channel", d::date, ${columns.map((c) => `t."${c}"`).join(", ")}
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], ${unnest}) AS t(a, p, c, d, ${columns.map((c) => `"${c}"`).join(", ")})
     ON CONFLICT (agency_id, procedure_id, channel, day) DO UPDATE SET ${columns.map((c) => `"${c}" = stat_daily."${c}" + excluded."${c}"`).join(", ")}`,
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
