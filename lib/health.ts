import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/db-client";
import { logger } from "@/lib/log";

export type HealthReport = { status: "ok" | "unavailable"; database: "up" | "down"; checkedAt: string };

const TIMEOUT_MS = 2000;

/** Answers whether the database is reachable, within two seconds. */
export async function checkHealth(now: Date, client: Pick<PrismaClient, "$queryRaw"> = db): Promise<HealthReport> {
  const checkedAt = now.toISOString();
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), TIMEOUT_MS).unref()),
    ]);
    return { status: "ok", database: "up", checkedAt };
  } catch (error) {
    logger.warn({ event: "health.database_down", err: error instanceof Error ? error.message : String(error) });
    return { status: "unavailable", database: "down", checkedAt };
  }
}
