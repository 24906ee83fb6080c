// Builds a Prisma client on the pg driver adapter (no native query engine). lib/db.ts holds the
// one client of the web app; scripts (seed, tests) build their own with createPrismaClient().
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";

/**
 * `transactionTimeoutMs`: for batch jobs (the seed) whose transactions may take longer than
 * Prisma's 5 s default on a loaded machine; the web app keeps the default and sets its own per
 * transaction.
 */
export function createPrismaClient(connectionString: string, poolSize = 10, options: { transactionTimeoutMs?: number } = {}): PrismaClient {
  // Every session in UTC: the pg driver adapter writes and reads timestamptz values as if the
  // session were UTC (prisma/orm#26786, #28629), so a server set to Vietnam's time would shift
  // every instant by seven hours.
  const adapter = new PrismaPg({ connectionString, max: poolSize, options: "-c TimeZone=UTC" });
  const timeout = options.transactionTimeoutMs;
  return new PrismaClient({ adapter, ...(timeout ? { transactionOptions: { timeout, maxWait: timeout } } : {}) });
}

export type { PrismaClient };
