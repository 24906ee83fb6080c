// Reminders and escalation on the job queue (lib/jobs): a leg or an appointment past its deadline is
// escalated once, whether the scan runs twice or in two processes at once; the morning digest lists
// the right dossiers of each unit, once a day; and the web app's own database role runs the queue.
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCalendarContext } from "@/lib/calendar/configured";
import { createPrismaClient } from "@/lib/db-client";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { escalateOverdue } from "@/lib/jobs/escalate-overdue";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { sendDailyDigests } from "@/lib/jobs/send-daily-digests";
import { STAFF_NOTICE_TOPIC } from "@/lib/notifications/staff-notices";
import { startOutboxWorker } from "@/lib/outbox/worker";
import { ensureAppRole } from "@/prisma/tools/app-role";
import { testDb } from "../support/db";
import { hanoi, makeWorld, submittedDossier, type World } from "./dossiers/world";

// A second client, as a second process would have: its own pool and transactions.
const otherProcess = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => otherProcess.$disconnect());

let world: World;
let dossierId: string;

/**
 * Received Mon 02/03/2026 09:00 (5 working days: appointment Mon 09/03 09:00, by date), forwarded at
 * 09:30 to the unit's appraisal (2.5 working days: due Wed 04/03 13:30, by date) to the specialist.
 */
beforeAll(async () => {
  world = await makeWorld();
  dossierId = await submittedDossier(world, hanoi("2026-03-02 08:30"));
  await receiveDossier({ dossierId, actor: world.desk, now: hanoi("2026-03-02 09:00") });
  await forwardDossier({ dossierId, actor: world.desk, now: hanoi("2026-03-02 09:30"), handlerId: idOf(world.specialist) });
});

const idOf = (actor: World["head"]) => (actor as { userId: string }).userId;
const staffNotices = () => testDb.outboxMessage.findMany({ where: { topic: STAFF_NOTICE_TOPIC }, orderBy: { id: "asc" } });
const recipientsOf = (payload: unknown) => (payload as { recipientIds: string[] }).recipientIds;

describe("escalation of a late leg to the head of its unit", () => {
  it("waits for the end of the due date when the deadline is a date", async () => {
    expect(await escalateOverdue(testDb, hanoi("2026-03-04 16:59"))).toEqual({ legs: 0, appointments: 0 });
    expect(await staffNotices()).toHaveLength(0);
  });

  it("is sent once, whether the scan runs twice or in two processes at the same time", async () => {
    const now = hanoi("2026-03-05 08:00");
    const reports = await Promise.all([escalateOverdue(testDb, now), escalateOverdue(otherProcess, now)]);
    reports.push(await escalateOverdue(testDb, hanoi("2026-03-05 08:05")));
    expect(reports.reduce((sum, report) => sum + report.legs, 0)).toBe(1);
    const notices = await staffNotices();
    expect(notices).toHaveLength(1);
    expect(recipientsOf(notices[0]!.payload)).toEqual([idOf(world.head)]);
    const escalations = await testDb.escalation.findMany({ where: { dossierId } });
    expect(escalations).toMatchObject([{ kind: "LEG_OVERDUE", outboxId: notices[0]!.id }]);
  });

  it("reaches the unit head in the app and by email, once, through the outbox", async () => {
    const head = await testDb.user.findUniqueOrThrow({ where: { id: idOf(world.head) }, select: { email: true } });
    const worker = startOutboxWorker({ databaseUrl: process.env.DATABASE_URL!, mailFrom: "test@motcua.test", publicUrl: "http://localhost:3000", intervalMs: 3_600_000 });
    try {
      await worker.deliverNow();
      await worker.deliverNow();
    } finally {
      await worker.stop();
    }
    const notifications = await testDb.notification.findMany({ where: { userId: idOf(world.head) } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ kind: "escalation-leg", dossierId });
    expect(notifications[0]!.title).toMatch(/^Quá hạn bước xử lý: hồ sơ /);
    expect(notifications[0]!.body).toContain("Thẩm định hồ sơ");
    expect(notifications[0]!.body).toContain("hạn 04/03/2026");
    const mail = await testDb.mailboxMessage.findMany({ where: { recipient: head.email! } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body).toMatch(/\nOverdue step: dossier /);
  });
});

describe("escalation of a late appointment to the agency's leaders", () => {
  it("is sent once when the appointment date has passed, to the leaders only", async () => {
    expect((await escalateOverdue(testDb, hanoi("2026-03-09 16:00"))).appointments).toBe(0);
    const now = hanoi("2026-03-10 07:45");
    const reports = await Promise.all([escalateOverdue(testDb, now), escalateOverdue(otherProcess, now)]);
    expect(reports.reduce((sum, report) => sum + report.appointments, 0)).toBe(1);
    const notices = (await staffNotices()).filter((notice) => (notice.payload as { kind: string }).kind === "escalation-appointment");
    expect(notices).toHaveLength(1);
    expect(recipientsOf(notices[0]!.payload)).toEqual([idOf(world.leader)]);
    expect((notices[0]!.payload as { body: string }).body).toContain("quá ngày hẹn trả kết quả 09/03/2026");
  });

  it("is not sent again by later scans", async () => {
    expect(await escalateOverdue(testDb, hanoi("2026-03-20 08:00"))).toEqual({ legs: 0, appointments: 0 });
  });
});

describe("the morning digest", () => {
  it("lists the unit's dossiers due today, due the next working day and overdue, once per unit and day", async () => {
    const other = await submittedDossier(world, hanoi("2026-03-02 08:40"));
    await receiveDossier({ dossierId: other, actor: world.desk, now: hanoi("2026-03-02 10:00") });
    await forwardDossier({ dossierId: other, actor: world.desk, now: hanoi("2026-03-02 10:30") });
    const later = await submittedDossier(world, hanoi("2026-03-03 08:40"));
    await receiveDossier({ dossierId: later, actor: world.desk, now: hanoi("2026-03-03 10:00") });
    await forwardDossier({ dossierId: later, actor: world.desk, now: hanoi("2026-03-03 10:30") });
    const codes = Object.fromEntries(
      (await testDb.dossier.findMany({ where: { id: { in: [dossierId, other, later] } }, select: { id: true, code: true } })).map((row) => [row.id, row.code!]),
    );
    const context = await readCalendarContext(testDb);
    // Tue 03/03 07:30: the first two dossiers' appraisal is due Wed 04/03 (the next working day), the
    // third's Thu 05/03 (not yet).
    const before = await staffNotices();
    expect(await sendDailyDigests(testDb, hanoi("2026-03-03 07:30"), context)).toEqual({ units: 1, dossiers: 2 });
    const digest = (await staffNotices()).slice(before.length);
    expect(digest).toHaveLength(1);
    const payload = digest[0]!.payload as { recipientIds: string[]; title: string; body: string };
    expect(payload.recipientIds.sort()).toEqual([idOf(world.specialist), idOf(world.head)].sort());
    expect(payload.title).toBe("Hồ sơ cần chú ý ngày 03/03/2026: Phòng Văn hóa - Xã hội");
    expect(payload.body).toContain("0 hồ sơ quá hạn, 0 đến hạn hôm nay, 2 đến hạn ngày làm việc tiếp theo");
    expect(payload.body).toContain(codes[dossierId]);
    expect(payload.body).toContain(codes[other]);
    expect(payload.body).not.toContain(codes[later]);
    // Run again the same morning (a retry, a second worker): nothing more.
    expect(await sendDailyDigests(otherProcess, hanoi("2026-03-03 07:31"), context)).toEqual({ units: 0, dossiers: 0 });
    // Thu 05/03: two overdue, the third due today.
    expect(await sendDailyDigests(testDb, hanoi("2026-03-05 07:30"), context)).toEqual({ units: 1, dossiers: 3 });
    const thursday = (await staffNotices()).at(-1)!.payload as { body: string };
    expect(thursday.body).toContain("2 hồ sơ quá hạn, 1 đến hạn hôm nay, 0 đến hạn ngày làm việc tiếp theo");
  });

  it("is not sent on a day off", async () => {
    const context = await readCalendarContext(testDb);
    expect(await sendDailyDigests(testDb, hanoi("2026-03-07 07:30"), context)).toEqual({ units: 0, dossiers: 0, skipped: "day off" });
  });
});

describe("the job queue (pg-boss)", () => {
  it("runs under the web app's database role, and a job runs once however many processes work the queue", async () => {
    const appUrl = await ensureAppRole(process.env.DATABASE_URL!, path.join(os.tmpdir(), `motcua-app-${process.pid}.secret`));
    const first = await startJobQueue({ databaseUrl: appUrl, pollingIntervalSeconds: 0.5 });
    const second = await startJobQueue({ databaseUrl: appUrl, pollingIntervalSeconds: 0.5 });
    try {
      expect(await first.runNow("housekeeping")).toBe("completed");
      expect(await second.runNow("escalate-overdue")).toBe("completed");
      const schedules = await testDb.$queryRaw<{ name: string; cron: string; timezone: string }[]>`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`;
      expect(schedules).toEqual([
        { name: "daily-digest", cron: "30 7 * * *", timezone: "Asia/Ho_Chi_Minh" },
        { name: "escalate-overdue", cron: "*/5 * * * *", timezone: "Asia/Ho_Chi_Minh" },
        { name: "housekeeping", cron: "*/10 * * * *", timezone: "Asia/Ho_Chi_Minh" },
      ]);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
