import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";

function windowOf(args: { scope: string; subject: string; windowSeconds: number; now: Date }): { key: string; windowStart: Date } {
  const key = `${args.scope}:${createHash("sha256").update(`${authSecret()}|${args.subject}`).digest("base64url").slice(0, 32)}`;
  const windowMs = args.windowSeconds * 1000;
  return { key, windowStart: new Date(Math.floor(args.now.getTime() / windowMs) * windowMs) };
}

/**
 * Counts one attempt against a fixed window shared by every web process (a row per key and
 * window in PostgreSQL). The key is hashed with the secret: an email or an address never lands in
 * the table. Returns whether the attempt is within the limit.
 */
export async function withinRateLimit(args: { scope: string; subject: string; limit: number; windowSeconds: number; now: Date }): Promise<boolean> {
  const { key, windowStart } = windowOf(args);
  const rows = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limit_hit (key, window_start, hits) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hit.hits + 1
    RETURNING hits`;
  return (rows[0]?.hits ?? 1) <= args.limit;
}

/**
 * Gives back one attempt counted by withinRateLimit (same scope, subject, window and `now`): for
 * limits on failures, where an attempt is counted before it runs (so that parallel attempts cannot
 * slip past the limit) and forgiven when it succeeds.
 */
export async function forgiveRateLimitHit(args: { scope: string; subject: string; windowSeconds: number; now: Date }): Promise<void> {
  const { key, windowStart } = windowOf(args);
  await db.$executeRaw`UPDATE rate_limit_hit SET hits = hits - 1 WHERE key = ${key} AND window_start = ${windowStart} AND hits > 0`;
}

/** Whole seconds until the fixed window holding `now` ends: the Retry-After of a refused attempt. */
export function secondsLeftInWindow(now: Date, windowSeconds: number): number {
  const windowMs = windowSeconds * 1000;
  return Math.max(1, Math.ceil((windowMs - (now.getTime() % windowMs)) / 1000));
}
