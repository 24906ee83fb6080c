// A PostgreSQL server set to Vietnam's time must not shift a single instant: the app's sessions
// run in UTC (lib/db-client.ts), because Prisma's pg adapter reads and writes timestamptz as UTC.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { testDb } from "../support/db";

const url = process.env.DATABASE_URL!;

async function databaseName(): Promise<string> {
  const [row] = await testDb.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  return row!.name;
}

describe("a database server in Asia/Ho_Chi_Minh", () => {
  let client: PrismaClient;

  beforeAll(async () => {
    await testDb.$executeRawUnsafe(`ALTER DATABASE "${await databaseName()}" SET timezone TO 'Asia/Ho_Chi_Minh'`);
    client = createPrismaClient(url, 1);
  });

  afterAll(async () => {
    await client?.$disconnect();
    await testDb.$executeRawUnsafe(`ALTER DATABASE "${await databaseName()}" RESET timezone`);
  });

  it("keeps every instant as it is, written and read", async () => {
    const instant = new Date("2026-03-09T02:00:00.123Z");
    await client.calendarYear.create({ data: { year: 2099, isPublished: true, publishedAt: instant } });
    const stored = await client.calendarYear.findUniqueOrThrow({ where: { year: 2099 } });
    expect(stored.publishedAt?.toISOString()).toBe("2026-03-09T02:00:00.123Z");
    // Read by another client, in the server's own zone: the same instant.
    const [row] = await testDb.$queryRaw<{ epoch: number }[]>`SELECT extract(epoch FROM published_at)::float8 AS epoch FROM calendar_year WHERE year = 2099`;
    expect(row!.epoch * 1000).toBe(instant.getTime());
    await client.calendarYear.delete({ where: { year: 2099 } });
  });
});
