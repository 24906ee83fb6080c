// Escalation of late work, run every few minutes by the job queue: a leg of the control slip past
// its deadline while open goes to the head of its unit; a dossier past its appointment while
// unresolved goes to the agency's leaders. Once each, however many scans or workers run: the
// escalation row (unique per kind and leg/dossier) is claimed in the transaction that writes the
// notice to the outbox, so a second scan, a second process or a retry after a crash finds it taken.
//
// Only dossiers whose clock runs (received, in processing) are looked at: while the applicant is
// asked for papers or a payment the deadlines wait and are moved afterwards (docs/domain/deadlines.md).
// Both scans read a partial index (open legs by deadline, running dossiers by appointment) in
// deadline order, a bounded batch at a time.
import { fromLocal, localDateOf, type DeadlinePrecision } from "@/lib/calendar";
import type { PrismaClient } from "@/lib/db-client";
import { newIdAt } from "@/lib/ids";
import { logger } from "@/lib/log";
import { enqueueStaffNotice } from "@/lib/notifications/staff-notices";
import type { Prisma } from "@/prisma/generated/client";
import {
  appointmentEscalationRecipients,
  lateAppointmentNotice,
  lateLegNotice,
  legEscalationRecipients,
  type Notice,
  type OfficerPost,
} from "./deadline-notices";

const BATCH = 100;
/** At most this many batches per round: a backlog (a first start on an old history) drains over a few rounds. */
const MAX_BATCHES = 10;

type LateLegRow = {
  id: string; dossier_id: string; agency_id: string; unit_id: string | null; title: string; due_at: Date; due_precision: DeadlinePrecision | null;
  code: string; procedure_name: string; unit_name: string | null; holder_name: string | null;
};
type LateDossierRow = {
  id: string; agency_id: string; due_at: Date; deadline_precision: DeadlinePrecision | null;
  code: string; procedure_name: string; unit_name: string | null; holder_name: string | null;
};

export type EscalationReport = { legs: number; appointments: number };

/**
 * The bound "past its deadline" of both kinds: a deadline in hours passes at its instant, one in
 * days at the end of its date, that is before the start of today (judgeTimeliness' rule).
 */
const startOfToday = (now: Date) => fromLocal(localDateOf(now), 0);

function lateLegs(db: PrismaClient, now: Date): Promise<LateLegRow[]> {
  return db.$queryRaw<LateLegRow[]>`
    SELECT s.id, s.dossier_id, s.agency_id, s.unit_id, s.title, s.due_at, s.due_precision::text AS due_precision,
           d.code, p.name AS procedure_name, u.name AS unit_name, h.full_name AS holder_name
    FROM processing_step s
    JOIN dossier d ON d.id = s.dossier_id
    JOIN procedure p ON p.id = d.procedure_id
    LEFT JOIN agency_unit u ON u.id = s.unit_id
    LEFT JOIN "user" h ON h.id = s.handler_id
    WHERE s.completed_at IS NULL AND s.due_at < ${now}
      AND (s.due_precision = 'INSTANT' OR s.due_at < ${startOfToday(now)})
      AND d.status IN ('RECEIVED', 'IN_PROCESSING') AND d.code IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM escalation e WHERE e.kind = 'LEG_OVERDUE' AND e.subject_id = s.id)
    ORDER BY s.due_at, s.id
    LIMIT ${BATCH}`;
}

function lateDossiers(db: PrismaClient, now: Date): Promise<LateDossierRow[]> {
  return db.$queryRaw<LateDossierRow[]>`
    SELECT d.id, d.agency_id, d.due_at, d.deadline_precision::text AS deadline_precision, d.code, p.name AS procedure_name,
           u.name AS unit_name, h.full_name AS holder_name
    FROM dossier d
    JOIN procedure p ON p.id = d.procedure_id
    LEFT JOIN agency_unit u ON u.id = d.current_unit_id
    LEFT JOIN "user" h ON h.id = d.current_handler_id
    WHERE d.status IN ('RECEIVED', 'IN_PROCESSING') AND d.due_at < ${now}
      AND (d.deadline_precision = 'INSTANT' OR d.due_at < ${startOfToday(now)})
      AND d.code IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM escalation e WHERE e.kind = 'APPOINTMENT_OVERDUE' AND e.subject_id = d.id)
    ORDER BY d.due_at, d.id
    LIMIT ${BATCH}`;
}

const officersOf = (tx: Prisma.TransactionClient, agencyId: string): Promise<OfficerPost[]> =>
  tx.user.findMany({
    where: { agencyId, role: "OFFICER", isActive: true, officerRole: { in: ["UNIT_HEAD", "AGENCY_LEADER"] } },
    select: { id: true, agencyId: true, unitId: true, officerRole: true },
  }) as Promise<OfficerPost[]>;

/**
 * Claims the escalation of one leg or dossier and writes its notice, in one transaction. Returns
 * whether this call sent it (false: another scan or process already had).
 */
async function escalateOnce(
  db: PrismaClient,
  now: Date,
  claim: { kind: "LEG_OVERDUE" | "APPOINTMENT_OVERDUE"; subjectId: string; dossierId: string; dueAt: Date; agencyId: string },
  decide: (officers: OfficerPost[]) => { recipientIds: string[]; notice: Notice },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const id = newIdAt(now);
    const claimed = await tx.escalation.createMany({
      data: [{ id, kind: claim.kind, subjectId: claim.subjectId, dossierId: claim.dossierId, dueAt: claim.dueAt }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) return false;
    const { recipientIds, notice } = decide(await officersOf(tx, claim.agencyId));
    if (recipientIds.length === 0) {
      logger.warn({ event: "jobs.escalation_without_recipient", kind: claim.kind, subjectId: claim.subjectId });
      return true;
    }
    const outboxId = await enqueueStaffNotice(tx, { recipientIds, dossierId: claim.dossierId, ...notice });
    await tx.escalation.update({ where: { id }, data: { outboxId } });
    return true;
  });
}

/** One round of both scans at `now`; how many escalations this round sent. */
export async function escalateOverdue(db: PrismaClient, now: Date): Promise<EscalationReport> {
  const report: EscalationReport = { legs: 0, appointments: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const rows = await lateLegs(db, now);
    for (const leg of rows) {
      const sent = await escalateOnce(db, now, { kind: "LEG_OVERDUE", subjectId: leg.id, dossierId: leg.dossier_id, dueAt: leg.due_at, agencyId: leg.agency_id }, (officers) => ({
        recipientIds: legEscalationRecipients({ agencyId: leg.agency_id, unitId: leg.unit_id }, officers),
        notice: lateLegNotice({
          code: leg.code, procedureName: leg.procedure_name, legTitle: leg.title, unitName: leg.unit_name, holderName: leg.holder_name, dueAt: leg.due_at, precision: leg.due_precision,
        }),
      }));
      if (sent) report.legs++;
    }
    if (rows.length < BATCH) break;
  }
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const rows = await lateDossiers(db, now);
    for (const dossier of rows) {
      const sent = await escalateOnce(db, now, { kind: "APPOINTMENT_OVERDUE", subjectId: dossier.id, dossierId: dossier.id, dueAt: dossier.due_at, agencyId: dossier.agency_id }, (officers) => ({
        recipientIds: appointmentEscalationRecipients({ agencyId: dossier.agency_id }, officers),
        notice: lateAppointmentNotice({
          code: dossier.code, procedureName: dossier.procedure_name, dueAt: dossier.due_at, precision: dossier.deadline_precision, unitName: dossier.unit_name, holderName: dossier.holder_name,
        }),
      }));
      if (sent) report.appointments++;
    }
    if (rows.length < BATCH) break;
  }
  return report;
}
