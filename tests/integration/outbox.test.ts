// The outbox after commit: a dossier's news reaches its applicant once (in-app, email, SMS), a
// refused delivery is retried later, and a delivery interrupted after it was recorded is never
// sent a second time.
import { afterEach, describe, expect, it } from "vitest";
import { enqueueMail } from "@/lib/mail/enqueue";
import { startOutboxWorker, type OutboxWorker } from "@/lib/outbox/worker";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { testDb } from "../support/db";
import { hanoi, makeWorld, submittedDossier } from "./dossiers/world";

let worker: OutboxWorker | undefined;
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

const start = (transport?: { sendMail: (message: unknown) => Promise<unknown> }, smsGateway?: { send: (to: string, body: string) => Promise<void> }) => {
  worker = startOutboxWorker({
    databaseUrl: process.env.DATABASE_URL!, mailFrom: "test@motcua.test", publicUrl: "http://localhost:3000", intervalMs: 3_600_000,
    ...(transport ? { transport: transport as never } : {}), ...(smsGateway ? { smsGateway } : {}),
  });
  return worker;
};

describe("news of a dossier", () => {
  it("reaches the applicant once: a notification, an email and an SMS, however often the worker runs", async () => {
    const world = await makeWorld();
    await testDb.user.update({ where: { id: (world.resident as { userId: string }).userId }, data: { email: "an@example.com", phone: "0900000001" } });
    const id = await submittedDossier(world, hanoi("2026-03-02 09:00"));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:30") });
    const running = start();
    await running.deliverNow();
    await running.deliverNow();
    await running.deliverNow();
    const notifications = await testDb.notification.findMany({ where: { dossierId: id }, orderBy: { createdAt: "asc" } });
    expect(notifications.map((notification) => notification.kind)).toEqual(["submitted", "received"]);
    const mail = await testDb.mailboxMessage.findMany({ orderBy: { sentAt: "asc" } });
    expect(mail.filter((message) => message.channel === "email").map((message) => message.recipient)).toEqual(["an@example.com", "an@example.com"]);
    expect(mail.filter((message) => message.channel === "sms")).toHaveLength(1);
    expect(await testDb.outboxMessage.count({ where: { processedAt: null } })).toBe(0);
  });
});

describe("SMS through a gateway adapter", () => {
  it("sends each SMS once, through the adapter, whatever the number of rounds", async () => {
    const { enqueueSms } = await import("@/lib/mail/enqueue");
    await testDb.$transaction((tx) => enqueueSms(tx, { to: "0900000009", body: "Ho so da duoc tiep nhan." }));
    const sent: string[] = [];
    const running = start(undefined, { send: async (to, body) => void sent.push(`${to}: ${body}`) });
    await running.deliverNow();
    await running.deliverNow();
    expect(sent).toEqual(["0900000009: Ho so da duoc tiep nhan."]);
  });
});

describe("mail through a mail server", () => {
  it("a refused delivery is kept for later; an accepted one is sent once", async () => {
    await testDb.$transaction((tx) => enqueueMail(tx, { to: "a@example.com", subject: "Mã", body: "123456" }));
    let calls = 0;
    let refuse = true;
    const running = start({ sendMail: async () => {
      calls++;
      if (refuse) throw Object.assign(new Error("421 try later"), { code: "EENVELOPE" });
      return {};
    } });
    await running.deliverNow();
    expect(calls).toBe(1);
    const retried = await testDb.outboxMessage.findFirstOrThrow({ where: { topic: "mail.send" }, orderBy: { id: "desc" } });
    expect(retried).toMatchObject({ processedAt: null, attempts: 1, lastError: "send failed" });
    expect(await testDb.mailboxMessage.count({ where: { outboxId: retried.id } })).toBe(0);
    refuse = false;
    await testDb.outboxMessage.update({ where: { id: retried.id }, data: { availableAt: new Date(Date.now() - 1000) } });
    await running.deliverNow();
    await running.deliverNow();
    expect(calls).toBe(2);
    expect(await testDb.mailboxMessage.count({ where: { outboxId: retried.id } })).toBe(1);
  });

  it("a delivery recorded before a crash (sent or not) is not sent again", async () => {
    await testDb.$transaction((tx) => enqueueMail(tx, { to: "b@example.com", subject: "Mã", body: "654321" }));
    const row = await testDb.outboxMessage.findFirstOrThrow({ where: { topic: "mail.send" }, orderBy: { id: "desc" } });
    // The state a crash between "recorded" and "marked sent" leaves behind.
    await testDb.mailboxMessage.create({ data: { outboxId: row.id, channel: "email", recipient: "b@example.com", subject: "Mã", body: "654321" } });
    let calls = 0;
    const running = start({ sendMail: async () => {
      calls++;
      return {};
    } });
    await running.deliverNow();
    expect(calls).toBe(0);
    expect((await testDb.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).processedAt).not.toBeNull();
  });
});
