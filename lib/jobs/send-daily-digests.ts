// The morning digest (07:30 on working days, lib/jobs/queues.ts): each unit's officers are told, in
// the app and by email, which of the dossiers the unit holds are overdue, due today or due on the
// next working day, by their leg's deadline or their appointment. Once per unit and day: the
// digest row is claimed in the transaction that writes the notice to the outbox, so a retried job
// or a second worker sends nothing twice. A day off sends nothing (the calendar decides, so a
// make-up Saturday gets its digest and Tết does not).
import { fromLocal, localDateOf, nextWorkingDay, addDays, type CalendarContext, type DeadlinePrecision } from "@/lib/calendar";
import type { PrismaClient } from "@/lib/db-client";
import { enqueueStaffNotice } from "@/lib/notifications/staff-notices";
import { dailyDigestNotice, type DigestItem } from "./deadline-notices";

type DueRow = {
  unit_id: string; code: string; procedure_name: string; due_at: Date | null; deadline_precision: DeadlinePrecision | null;
  leg_title: string | null; leg_due_at: Date | null; leg_precision: DeadlinePrecision | null; holder_name: string | null;
};

/**
 * The dossiers whose clock runs and whose current leg or appointment falls before `horizon`, with
 * the unit holding them. Both halves read a partial index by deadline (open legs, running dossiers).
 */
function dueBefore(db: PrismaClient, horizon: Date): Promise<DueRow[]> {
  return db.$queryRaw<DueRow[]>`
    SELECT d.current_unit_id AS unit_id, d.code, p.name AS procedure_name, d.due_at, d.deadline_precision::text AS deadline_precision,
           s.title AS leg_title, s.due_at AS leg_due_at, s.due_precision::text AS leg_precision, h.full_name AS holder_name
    FROM dossier d
    JOIN procedure p ON p.id = d.procedure_id
    LEFT JOIN processing_step s ON s.id = d.current_step_id AND s.completed_at IS NULL
    LEFT JOIN "user" h ON h.id = d.current_handler_id
    WHERE d.id IN (
        SELECT open_leg.dossier_id FROM processing_step open_leg WHERE open_leg.completed_at IS NULL AND open_leg.due_at < ${horizon}
        UNION
        SELECT running.id FROM dossier running WHERE running.status IN ('RECEIVED', 'IN_PROCESSING') AND running.due_at < ${horizon}
      )
      AND d.status IN ('RECEIVED', 'IN_PROCESSING') AND d.current_unit_id IS NOT NULL AND d.code IS NOT NULL`;
}

export type DigestReport = { units: number; dossiers: number; skipped?: "day off" };

export async function sendDailyDigests(db: PrismaClient, now: Date, context: CalendarContext): Promise<DigestReport> {
  const today = localDateOf(now);
  if (!context.calendar.isWorkingDay(today)) return { units: 0, dossiers: 0, skipped: "day off" };
  // Up to the end of the next working day.
  const horizon = fromLocal(addDays(nextWorkingDay(today, context), 1), 0);
  const rows = await dueBefore(db, horizon);
  const byUnit = new Map<string, DigestItem[]>();
  for (const row of rows) {
    const item: DigestItem = {
      code: row.code,
      procedureName: row.procedure_name,
      legTitle: row.leg_title,
      leg: row.leg_due_at ? { dueAt: row.leg_due_at, precision: row.leg_precision ?? "DAY" } : null,
      appointment: row.due_at ? { dueAt: row.due_at, precision: row.deadline_precision ?? "DAY" } : null,
      holderName: row.holder_name,
    };
    byUnit.set(row.unit_id, [...(byUnit.get(row.unit_id) ?? []), item]);
  }
  const report: DigestReport = { units: 0, dossiers: 0 };
  const units = await db.agencyUnit.findMany({ where: { id: { in: [...byUnit.keys()] } }, select: { id: true, name: true } });
  for (const unit of units) {
    const notice = dailyDigestNotice(now, unit.name, byUnit.get(unit.id) ?? [], context);
    if (!notice) continue;
    const sent = await db.$transaction(async (tx) => {
      const officers = await tx.user.findMany({ where: { unitId: unit.id, role: "OFFICER", isActive: true }, select: { id: true } });
      if (officers.length === 0) return false;
      const claimed = await tx.dailyDigest.createMany({ data: [{ unitId: unit.id, day: new Date(`${today}T00:00:00Z`), items: notice.count }], skipDuplicates: true });
      if (claimed.count === 0) return false;
      const outboxId = await enqueueStaffNotice(tx, { recipientIds: officers.map((officer) => officer.id), kind: notice.kind, title: notice.title, body: notice.body });
      await tx.dailyDigest.update({ where: { unitId_day: { unitId: unit.id, day: new Date(`${today}T00:00:00Z`) } }, data: { outboxId } });
      return true;
    });
    if (sent) {
      report.units++;
      report.dossiers += notice.count;
    }
  }
  return report;
}
