import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";

// One client per process, created on first use (so that `next build` can import this module
// without a database) and kept on globalThis so that dev-mode reloads do not open a new pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForPrisma.prisma) {
    if (!env.DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the portal with `npm start` or `npm run dev`.");
    }
    globalForPrisma.prisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  }
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
