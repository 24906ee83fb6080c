import "server-only";
import { timingSafeEqual } from "node:crypto";
import { forgiveRateLimitHit, secondsLeftInWindow, withinRateLimit } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/prisma/generated/client";

type TLookupDb = Pick<PrismaClient, "dossier">;

export type LookupResult =
  | { found: true; dossier: NonNullable<Awaited<ReturnType<typeof publicDossier>>> }
  | { found: false; reason: "notFound" }
  | { found: false; reason: "rateLimited"; retryAfterSeconds: number };

/** Failed lookups a client may make in a window: enough for typos, far too few to guess a code. */
export const LOOKUP_LIMIT = { limit: 20, windowSeconds: 600 } as const;

/** What anyone with the receipt may see: no name, no ID number, no address, no form, no paper. */
function publicDossier(id: string, database: TLookupDb) {
  return database.dossier.findUnique({
    where: { id },
    select: {
      code: true, status: true, receivedAt: true, dueAt: true, deadlinePrecision: true, isDueProvisional: true,
      finishedAt: true, returnedAt: true, timeliness: true, hasApology: true,
      procedure: { select: { code: true, name: true, nameEn: true } },
      agency: { select: { name: true, nameEn: true } },
      dueDateChange: { select: { previousDueAt: true, newDueAt: true, issuedAt: true } },
      supplementRequests: { orderBy: { requestedAt: "asc" }, select: { requestedAt: true, fulfilledAt: true } },
      processingSteps: {
        orderBy: { sequence: "asc" },
        select: {
          id: true, sequence: true, kind: true, title: true, startedAt: true, dueAt: true, duePrecision: true, completedAt: true, outcome: true, isBounce: true,
          unit: { select: { name: true, nameEn: true } }, agency: { select: { name: true, nameEn: true } },
        },
      },
    },
  });
}

const same = (a: string, b: string): boolean => {
  const left = Buffer.from(a.padEnd(16, "\0").slice(0, 16));
  const right = Buffer.from(b.padEnd(16, "\0").slice(0, 16));
  return timingSafeEqual(left, right) && a.length === b.length;
};

/** Compared against when no dossier has the code, so that both failures compare the same way. */
const NO_LOOKUP_CODE = "\u0000".repeat(8);

/**
 * The public lookup by dossier code and lookup code. A wrong code and a wrong lookup code give the
 * same answer after the same work: one probe of the unique index on the code for two columns, and
 * a constant-time comparison; only a match reads the rest. Failures are counted per client, 20 in
 * 10 minutes (an attempt is counted before it runs, so parallel guesses cannot slip past the
 * limit, and given back when it succeeds: a resident following their dossier is never refused).
 */
export async function lookUpDossier(
  args: { code: string; lookupCode: string; clientKey: string; now: Date },
  database: TLookupDb = db,
): Promise<LookupResult> {
  const limit = { scope: "lookup", subject: args.clientKey, windowSeconds: LOOKUP_LIMIT.windowSeconds, now: args.now };
  if (!(await withinRateLimit({ ...limit, limit: LOOKUP_LIMIT.limit }))) {
    return { found: false, reason: "rateLimited", retryAfterSeconds: secondsLeftInWindow(args.now, LOOKUP_LIMIT.windowSeconds) };
  }
  const code = args.code.trim().toUpperCase().slice(0, 40);
  const lookupCode = args.lookupCode.trim().toUpperCase().slice(0, 16);
  const candidate = await database.dossier.findUnique({ where: { code }, select: { id: true, lookupCode: true } });
  const matches = same(candidate?.lookupCode ?? NO_LOOKUP_CODE, lookupCode);
  if (!candidate?.lookupCode || !matches) return { found: false, reason: "notFound" };
  await forgiveRateLimitHit(limit);
  const dossier = await publicDossier(candidate.id, database);
  return dossier ? { found: true, dossier } : { found: false, reason: "notFound" };
}
