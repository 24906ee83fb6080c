// Notices to officers (the morning digest, escalations) go the applicants' way: an outbox message
// written in the transaction that decided them, which the outbox worker (lib/outbox/worker.ts) turns
// into one in-app notification per officer and that officer's email, in one transaction and unique
// per outbox message and person, so a retried round writes nothing twice.
import type { Prisma } from "@/prisma/generated/client";
import { enqueueMail } from "@/lib/mail/enqueue";

export const STAFF_NOTICE_TOPIC = "staff.notice";

/** What officers are told; no personal data of applicants (Decree 13/2023): codes, procedures, dates. */
export type StaffNotice = { recipientIds: string[]; kind: string; title: string; body: string; dossierId?: string | null };

/** Writes the notice to the outbox; its id is the notice's key. */
export async function enqueueStaffNotice(tx: Prisma.TransactionClient, notice: StaffNotice): Promise<bigint> {
  const row = await tx.outboxMessage.create({ data: { topic: STAFF_NOTICE_TOPIC, payload: notice }, select: { id: true } });
  return row.id;
}

/** The outbox worker's half: a notification for each active recipient, and an email with it. */
export async function deliverStaffNotice(tx: Prisma.TransactionClient, outboxId: bigint, payload: unknown, publicUrl: string): Promise<void> {
  const notice = payload as Partial<StaffNotice>;
  if (!Array.isArray(notice.recipientIds) || typeof notice.title !== "string" || typeof notice.body !== "string") return;
  const officers = await tx.user.findMany({ where: { id: { in: notice.recipientIds }, isActive: true }, select: { id: true, email: true }, orderBy: { id: "asc" } });
  for (const officer of officers) {
    const inserted = await tx.notification.createMany({
      data: [{ userId: officer.id, dossierId: notice.dossierId ?? null, outboxId, kind: notice.kind ?? "staff", title: notice.title, body: notice.body }],
      skipDuplicates: true,
    });
    if (inserted.count === 0 || !officer.email) continue;
    await enqueueMail(tx, {
      to: officer.email,
      subject: notice.title,
      body: `${notice.body}\n\nTrang làm việc / Back office: ${publicUrl.replace(/\/$/, "")}/can-bo\n\nThư này được gửi tự động từ Cổng dịch vụ công Một Cửa Hà Nội. / Sent automatically by the Một Cửa portal.`,
    });
  }
}
