// Delivers the outbox's mail and SMS after commit. Runs in the web process by default (started by
// lib/server/http-server.ts); every process may run one: rows are claimed with SKIP LOCKED.
//
// Exactly once, as far as a mail server or an SMS gateway allows: with none (the development
// mailbox) the message is stored and the outbox row marked done in one transaction. With one, the
// delivery is first recorded (mailbox_message, unique per outbox row) and committed, then sent,
// then marked done; a crash after the record and before the mark finds the record on the next
// round and does not send again (at most once, logged), while a refused delivery is retried later.
import nodemailer from "nodemailer";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { logger } from "@/lib/log";
import { enqueueMail, enqueueSms, MAIL_TOPIC, SMS_TOPIC, type MailMessage, type SmsMessage } from "@/lib/mail/enqueue";
import { noticeFor } from "@/lib/notifications/messages";
import { deliverStaffNotice, STAFF_NOTICE_TOPIC } from "@/lib/notifications/staff-notices";

type Claimed = { id: bigint; topic: string; payload: unknown; attempts: number };

/** What an SMS provider's adapter does (Viettel, VNPT, an aggregator): send one message or throw. */
export type SmsGateway = { send: (to: string, body: string) => Promise<void> };

export type OutboxWorker = { deliverNow: () => Promise<number>; stop: () => Promise<void> };

const BATCH = 20;
const MAX_ATTEMPTS = 8;

const retryDelayMs = (attempts: number) => Math.min(60 * 60_000, 30_000 * 2 ** attempts);

function asMessage(row: Claimed): { channel: "email" | "sms"; recipient: string; subject: string; body: string } | null {
  const payload = row.payload as Partial<MailMessage & SmsMessage>;
  if (typeof payload?.to !== "string" || typeof payload.body !== "string") return null;
  if (row.topic === MAIL_TOPIC) return { channel: "email", recipient: payload.to, subject: payload.subject ?? "", body: payload.body };
  return { channel: "sms", recipient: payload.to, subject: "", body: payload.body };
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A dossier's event becomes news for its applicant: an in-app notification and, in the same
 * transaction, the email (and SMS) through the outbox. The notification's key (outbox row, person)
 * and the single transaction make a retried round write nothing twice.
 */
async function tellApplicant(tx: Tx, row: Claimed, publicUrl: string): Promise<void> {
  const { dossierId, eventSequence } = row.payload as { dossierId?: string; eventSequence?: number };
  if (!dossierId || typeof eventSequence !== "number") return;
  const event = await tx.dossierEvent.findUnique({ where: { dossierId_sequence: { dossierId, sequence: eventSequence } }, select: { action: true, fromStatus: true, toStatus: true, payload: true } });
  const dossier = await tx.dossier.findUnique({
    where: { id: dossierId },
    select: {
      applicantId: true, code: true, reference: true, dueAt: true, deadlinePrecision: true, applicantSnapshot: true,
      procedure: { select: { name: true } }, applicant: { select: { email: true, phone: true } },
    },
  });
  if (!event || !dossier?.applicantId) return;
  const payload = (event.payload ?? {}) as { reason?: unknown; amountVnd?: unknown };
  const notice = noticeFor({
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    procedureName: dossier.procedure.name,
    reference: dossier.code ?? dossier.reference ?? "",
    dueAt: dossier.dueAt,
    dueIsInstant: dossier.deadlinePrecision === "INSTANT",
    ...(typeof payload.reason === "string" ? { reason: payload.reason } : {}),
    ...(typeof payload.amountVnd === "number" ? { amountVnd: payload.amountVnd } : {}),
  });
  if (!notice) return;
  const inserted = await tx.notification.createMany({
    data: [{ userId: dossier.applicantId, dossierId, outboxId: row.id, kind: notice.kind, title: notice.title, body: notice.body }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) return;
  const snapshot = (dossier.applicantSnapshot ?? {}) as { email?: string; phone?: string };
  const email = snapshot.email ?? dossier.applicant?.email;
  const phone = snapshot.phone ?? dossier.applicant?.phone;
  if (email) {
    await enqueueMail(tx, { to: email, subject: notice.title, body: `${notice.body}\n\nXem hồ sơ: ${publicUrl.replace(/\/$/, "")}/ho-so/${dossierId}\n\nThư này được gửi tự động từ Cổng dịch vụ công Một Cửa Hà Nội.` });
  }
  if (phone && notice.sms) await enqueueSms(tx, { to: phone, body: notice.sms });
}

export function startOutboxWorker(options: {
  databaseUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  intervalMs?: number;
  /** A mail transport of the caller's (tests); otherwise SMTP_URL's, or none (the development mailbox). */
  transport?: Pick<nodemailer.Transporter, "sendMail">;
  /** The SMS gateway's adapter; none: SMS land in the development mailbox. */
  smsGateway?: SmsGateway;
}): OutboxWorker {
  const prisma: PrismaClient = createPrismaClient(options.databaseUrl, 2);
  const transport = options.transport ?? (options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null);
  let running: Promise<number> | null = null;
  let stopped = false;

  const claim = (tx: Pick<PrismaClient, "$queryRaw">) => tx.$queryRaw<Claimed[]>`
    SELECT id, topic, payload, attempts FROM outbox_message
    WHERE processed_at IS NULL AND available_at <= now() AND topic IN (${MAIL_TOPIC}, ${SMS_TOPIC})
    ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;

  /**
   * A channel with a sender (a mail server, an SMS gateway) records the delivery, commits, sends,
   * then marks it done; a channel without one stores the message in the development mailbox and
   * marks it done in the same transaction.
   */
  type Message = NonNullable<ReturnType<typeof asMessage>>;
  const senders: Record<Message["channel"], ((message: Message) => Promise<unknown>) | null> = {
    email: transport ? (message) => transport.sendMail({ from: options.mailFrom, to: message.recipient, subject: message.subject, text: message.body }) : null,
    sms: options.smsGateway ? (message) => options.smsGateway!.send(message.recipient, message.body) : null,
  };

  const deliverMessages = async (): Promise<number> => {
    const toSend = await prisma.$transaction(async (tx) => {
      const claimed = await claim(tx);
      const fresh: (Claimed & { message: Message })[] = [];
      for (const row of claimed) {
        const message = asMessage(row);
        const recorded = message
          ? await tx.$executeRaw`INSERT INTO mailbox_message (id, outbox_id, channel, recipient, subject, body)
              VALUES (gen_random_uuid(), ${row.id}, ${message.channel}, ${message.recipient}, ${message.subject}, ${message.body})
              ON CONFLICT (outbox_id) DO NOTHING`
          : 0;
        if (message && senders[message.channel] && recorded === 1) {
          fresh.push({ ...row, message });
          continue;
        }
        if (message && senders[message.channel] && recorded === 0) logger.warn({ event: "outbox.not_resent", outboxId: String(row.id) });
        await tx.$executeRaw`UPDATE outbox_message SET processed_at = now(), last_error = ${message ? null : "malformed payload"} WHERE id = ${row.id}`;
      }
      return fresh;
    });
    for (const row of toSend) {
      try {
        await senders[row.message.channel]!(row.message);
        await prisma.$executeRaw`UPDATE outbox_message SET processed_at = now(), attempts = attempts + 1 WHERE id = ${row.id}`;
      } catch (error) {
        const attempts = row.attempts + 1;
        logger.warn({ event: "outbox.send_failed", outboxId: String(row.id), attempts, code: (error as { code?: string }).code ?? "unknown" });
        await prisma.$transaction([
          prisma.$executeRaw`DELETE FROM mailbox_message WHERE outbox_id = ${row.id}`,
          attempts >= MAX_ATTEMPTS
            ? prisma.$executeRaw`UPDATE outbox_message SET attempts = ${attempts}, processed_at = now(), last_error = 'gave up' WHERE id = ${row.id}`
            : prisma.$executeRaw`UPDATE outbox_message SET attempts = ${attempts}, available_at = now() + ${retryDelayMs(attempts)} * interval '1 millisecond', last_error = 'send failed' WHERE id = ${row.id}`,
        ]);
      }
    }
    return toSend.length;
  };

  /** News of dossier events for their applicants, and notices to officers (a batch per round, in one transaction). */
  const newsOfDossiers = async (): Promise<number> =>
    prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<Claimed[]>`
        SELECT id, topic, payload, attempts FROM outbox_message
        WHERE processed_at IS NULL AND available_at <= now() AND (topic LIKE 'dossier.%' OR topic = ${STAFF_NOTICE_TOPIC})
        ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      for (const row of rows) {
        if (row.topic === STAFF_NOTICE_TOPIC) await deliverStaffNotice(tx, row.id, row.payload, options.publicUrl);
        else await tellApplicant(tx, row, options.publicUrl);
        await tx.$executeRaw`UPDATE outbox_message SET processed_at = now() WHERE id = ${row.id}`;
      }
      return rows.length;
    }, { timeout: 30_000 });

  const deliverNow = (): Promise<number> => {
    running ??= newsOfDossiers()
      .then(async (news) => news + (await deliverMessages()))
      .catch((error: unknown) => {
        logger.error({ event: "outbox.error", err: error instanceof Error ? error.message : String(error) });
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped) void deliverNow();
  }, options.intervalMs ?? 1000);
  timer.unref();

  return {
    deliverNow,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => {});
      await prisma.$disconnect();
    },
  };
}
