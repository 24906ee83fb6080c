// The portal's background jobs on pg-boss (a PostgreSQL-backed queue, schema `pgboss` in the
// application's database): each queue, when its schedule fires (cron, Hà Nội time) and how it is
// retried. Read by the job runner (lib/jobs/job-queue.ts) and by the installer that creates the
// queues as the database owner (prisma/tools/job-queue.ts): pg-boss makes a table per queue, which
// the web app's role may not do.
import type PgBoss from "pg-boss";

export const JOB_SCHEMA = "pgboss";
export const JOB_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** pg-boss's own queue for cron schedules, made by its timekeeper on start when it may. */
const PG_BOSS_CRON_QUEUE = "__pgboss__send-it";

export type JobName = "housekeeping" | "escalate-overdue" | "daily-digest";

type QueueSetting = { cron: string; queue: Omit<PgBoss.Queue, "name"> };

export const JOBS: Record<JobName, QueueSetting> = {
  // Stale drafts, orphan files, expired codes and rate-limit windows (lib/jobs/housekeeping.ts).
  housekeeping: { cron: "*/10 * * * *", queue: { policy: "singleton", retryLimit: 0, expireInSeconds: 30 * 60 } },
  // Legs and appointments past their deadline, each escalated once (lib/jobs/escalate-overdue.ts).
  "escalate-overdue": { cron: "*/5 * * * *", queue: { policy: "singleton", retryLimit: 2, retryDelay: 60, expireInSeconds: 10 * 60 } },
  // The morning digest of each unit at 07:30 (lib/jobs/send-daily-digests.ts); days off skip it.
  "daily-digest": { cron: "30 7 * * *", queue: { policy: "singleton", retryLimit: 5, retryDelay: 300, retryBackoff: true, expireInSeconds: 30 * 60 } },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/** Every queue, pg-boss's own cron queue included: what the installer creates. */
export const QUEUES_TO_CREATE: { name: string; options: Omit<PgBoss.Queue, "name"> }[] = [
  { name: PG_BOSS_CRON_QUEUE, options: {} },
  ...JOB_NAMES.map((name) => ({ name, options: JOBS[name].queue })),
];
