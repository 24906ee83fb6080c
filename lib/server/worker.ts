// The background worker of `npm run worker`: the job queue (lib/jobs/job-queue.ts) and the outbox's
// delivery (lib/outbox/worker.ts), apart from the web processes (which then run with
// JOBS_IN_WEB=false). Any number of workers and web processes may share one database.
import { env } from "@/lib/env";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { logger } from "@/lib/log";
import { startOutboxWorker } from "@/lib/outbox/worker";

export type RunningWorker = { close: () => Promise<void> };

export async function startWorker(options: { databaseUrl: string }): Promise<RunningWorker> {
  const outbox = startOutboxWorker({ databaseUrl: options.databaseUrl, smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM, publicUrl: env.PUBLIC_URL });
  const jobs = await startJobQueue({ databaseUrl: options.databaseUrl }).catch(async (error: unknown) => {
    await outbox.stop();
    throw error;
  });
  logger.info({ event: "worker.started" });
  return {
    close: async () => {
      await outbox.stop();
      await jobs.stop();
      logger.info({ event: "worker.stopped" });
    },
  };
}
