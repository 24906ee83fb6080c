import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";

/**
 * Counts one attempt against a fixed window shared by every web process (a row per key and
 * window in PostgreSQL). The key is hashed with the secret: an email or an address never lands in
 * the table. Returns whether the attempt is within the limit.
 */
export async function withinRateLimit(args: { scope: string; subject: string; limit: number; windowSeconds: number; now: Date }): Promise<boolean> {
  const key = `${args.scope}:${createHash("sha256").update(`${authSecret()}|${args.subject}`).digest("base64url").slice(0, 32)}`;
  const windowMs = args.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(args.now.getTime() / windowMs) * windowMs);
  const rows = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limit_hit (key, window_start, hits) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hit.hits + 1
    RETURNING hits`;
  return (rows[0]?.hits ?? 1) <= args.limit;
}
