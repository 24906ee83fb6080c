// Builds a Prisma client on the pg driver adapter (no native query engine). lib/db.ts holds the
// one client of the web app; scripts (seed, tests) build their own with createPrismaClient().
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  // Every session in UTC: the pg driver adapter writes and reads timestamptz values as if the
  // session were UTC (prisma/orm#26786, #28629), so a server set to Vietnam's time would shift
  // every instant by seven hours.
  const adapter = new PrismaPg({ connectionString, max: poolSize, options: "-c TimeZone=UTC" });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
