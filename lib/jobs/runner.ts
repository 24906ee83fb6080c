// Runs the housekeeping every few minutes in the web process. With several web processes, a
// PostgreSQL advisory lock lets one of them do a round while the others skip it.
import { createPrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { configuredStorage } from "@/lib/storage/configured";
import { runHousekeeping } from "./housekeeping";

const LOCK_KEY = 727_001; // arbitrary, fixed: "housekeeping"

export type JobRunner = { runNow: () => Promise<void>; stop: () => Promise<void> };

export function startJobRunner(options: { databaseUrl: string; intervalMs?: number }): JobRunner {
  const db = createPrismaClient(options.databaseUrl, 2);
  const storage = configuredStorage();
  let running: Promise<void> | null = null;
  const round = async () => {
    await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`;
        if (!row?.locked) return;
        const report = await runHousekeeping(db, storage, { now: new Date(), draftRetentionDays: env.DRAFT_RETENTION_DAYS });
        if (Object.values(report).some((count) => count > 0)) logger.info({ event: "jobs.housekeeping", ...report });
      },
      { timeout: 10 * 60_000 },
    );
  };
  const runNow = () => {
    running ??= round()
      .catch((error: unknown) => logger.error({ event: "jobs.error", err: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void runNow(), 30_000);
  const timer = setInterval(() => void runNow(), options.intervalMs ?? 10 * 60_000);
  first.unref();
  timer.unref();
  return {
    runNow,
    stop: async () => {
      clearTimeout(first);
      clearInterval(timer);
      await running;
      await db.$disconnect();
    },
  };
}
