// The integration tests' own Prisma client, on the database tests/run-all.ts migrated for them.
import { createPrismaClient } from "@/lib/db-client";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set: run integration tests with `npm test -- integration`.");

export const testDb = createPrismaClient(url, 4);

/**
 * Empties every application table (not the migration history), restarting sequences. Migrations'
 * functions and triggers stay; triggers are muted for this transaction only, because an
 * append-only table may refuse TRUNCATE.
 */
export async function resetDatabase(): Promise<void> {
  const tables = await testDb.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"public"."${tablename.replace(/"/g, '""')}"`).join(", ");
  await testDb.$transaction([
    testDb.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
    testDb.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`),
  ]);
}
