// Mail and SMS leave through the transactional outbox: written in the transaction of what caused
// them, delivered after commit by the worker (lib/outbox/worker.ts), so a rolled-back change sends
// nothing and a sent message is never sent again.
import type { Prisma } from "@/prisma/generated/client";

export type MailMessage = { to: string; subject: string; body: string };
export type SmsMessage = { to: string; body: string };

export const MAIL_TOPIC = "mail.send";
export const SMS_TOPIC = "sms.send";

type OutboxWriter = { outboxMessage: { create: (args: { data: Prisma.OutboxMessageCreateInput }) => Promise<unknown> } };

export async function enqueueMail(tx: OutboxWriter, message: MailMessage): Promise<void> {
  await tx.outboxMessage.create({ data: { topic: MAIL_TOPIC, payload: message } });
}

export async function enqueueSms(tx: OutboxWriter, message: SmsMessage): Promise<void> {
  await tx.outboxMessage.create({ data: { topic: SMS_TOPIC, payload: message } });
}
