import "server-only";
// Which database the cached statistics belong to. Next.js keeps its data cache on disk under
// .next/cache, shared by every server started from the same build: the test tiers and `npm start`
// (or a database reset and reseed) would otherwise serve one database's closed months from
// another's for a day. The seed's first agency id (a UUID v7 made when the database was seeded) is
// unique to a database and never changes with it; it is read once per process.
import { db } from "@/lib/db";

let identity: Promise<string> | null = null;

export function databaseIdentity(): Promise<string> {
  identity ??= db.agency
    .findFirst({ orderBy: { id: "asc" }, select: { id: true } })
    .then((agency) => agency?.id ?? "empty")
    .catch((error: unknown) => {
      identity = null;
      throw error;
    });
  return identity;
}
