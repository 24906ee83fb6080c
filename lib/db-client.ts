// Builds a Prisma client on the pg driver adapter (no native query engine). lib/db.ts holds the
// one client of the web app; scripts (seed, tests) build their own with createPrismaClient().
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
