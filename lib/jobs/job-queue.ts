// The background jobs on pg-boss (lib/jobs/queues.ts says which, when and how they retry): run by
// the web process by default, or by `npm run worker` when JOBS_IN_WEB=false. Any number of
// processes may run it against one database: pg-boss's cron fires each schedule once per slot,
// each job goes to one worker, the queues are "singleton" (one job active at a time), and what
// the jobs send is claimed row by row in the database (escalation, daily_digest), so two web
// processes and a worker behave like one.
import PgBoss from "pg-boss";
import { readCalendarContext } from "@/lib/calendar/configured";
import { createPrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { configuredStorage } from "@/lib/storage/configured";
import { escalateOverdue } from "./escalate-overdue";
import { runHousekeeping } from "./housekeeping";
import { JOB_NAMES, JOB_SCHEMA, JOB_TIME_ZONE, JOBS, type JobName } from "./queues";
import { sendDailyDigests } from "./send-daily-digests";

export type JobQueue = {
  /** Queues a job now and waits until a worker (this process's or another's) has finished it. */
  runNow: (name: JobName) => Promise<"completed" | "failed">;
  /** Stops fetching, lets a running job finish (up to 15 s), closes the connections. */
  stop: () => Promise<void>;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function startJobQueue(options: { databaseUrl: string; pollingIntervalSeconds?: number }): Promise<JobQueue> {
  const db = createPrismaClient(options.databaseUrl, 2);
  const storage = configuredStorage();
  const handlers: Record<JobName, () => Promise<Record<string, unknown>>> = {
    housekeeping: () => runHousekeeping(db, storage, { now: new Date(), draftRetentionDays: env.DRAFT_RETENTION_DAYS }),
    "escalate-overdue": () => escalateOverdue(db, new Date()),
    "daily-digest": async () => sendDailyDigests(db, new Date(), await readCalendarContext(db)),
  };
  // The schema and the queues are installed by the database owner after the migrations
  // (prisma/tools/job-queue.ts); with the web app's role pg-boss then only checks its version.
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: JOB_SCHEMA, max: 3, application_name: "motcua-jobs" });
  boss.on("error", (error) => logger.error({ event: "jobs.queue_error", err: errorText(error) }));
  try {
    await boss.start();
    for (const name of JOB_NAMES) {
      await boss.createQueue(name, { name, ...JOBS[name].queue }); // no change when it exists
      await boss.schedule(name, JOBS[name].cron, {}, { tz: JOB_TIME_ZONE });
      await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
        const startedAt = performance.now();
        try {
          const report = await handlers[name]();
          if (Object.values(report).some((value) => typeof value === "number" && value > 0)) {
            logger.info({ event: `jobs.${name}`, ms: Math.round(performance.now() - startedAt), ...report });
          }
          return report;
        } catch (error) {
          logger.error({ event: "jobs.error", job: name, err: errorText(error) });
          throw error;
        }
      });
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    await db.$disconnect();
    throw new Error(`The job queue (pg-boss) could not start: ${errorText(error)}. Run \`npm run db:migrate\` as the database owner to install it.`);
  }

  const runNow = async (name: JobName): Promise<"completed" | "failed"> => {
    const id = await boss.send(name, {});
    if (!id) throw new Error(`pg-boss refused a ${name} job`);
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
      const job = await boss.getJobById(name, id, { includeArchive: true });
      if (job?.state === "completed" || job?.state === "failed") return job.state;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The ${name} job did not finish within two minutes`);
  };

  return {
    runNow,
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 15_000, wait: true });
      await db.$disconnect();
    },
  };
}
