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

/**
 * The process of `npm run worker` (spawned by prisma/run.ts with DATABASE_URL set): runs until
 * SIGINT or SIGTERM, then lets a running job finish and closes its connections before exiting.
 */
export async function runWorkerProcess(say: (line: string) => void): Promise<void> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const worker = await startWorker({ databaseUrl: env.DATABASE_URL });
  say("Tiến trình nền đang chạy: hàng đợi công việc và hộp thư đi (background worker running; Ctrl-C to stop).");
  let isStopping = false;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    say("Đang dừng tiến trình nền (stopping)…");
    worker.close().then(
      () => {
        say("Đã dừng (stopped).");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ event: "worker.stop_failed", err: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: tsx ends the process at once on a signal nobody listens to any more.
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runWorkerProcess((line) => console.log(`[một cửa] ${line}`)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
