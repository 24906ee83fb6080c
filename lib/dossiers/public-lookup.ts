import "server-only";
import { timingSafeEqual } from "node:crypto";
import { withinRateLimit } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

export type LookupResult =
  | { found: true; dossier: NonNullable<Awaited<ReturnType<typeof publicDossier>>> }
  | { found: false; reason: "notFound" | "rateLimited" };

/** What anyone with the receipt may see: no name, no ID number, no address, no form, no paper. */
function publicDossier(code: string) {
  return db.dossier.findUnique({
    where: { code },
    select: {
      code: true, lookupCode: true, status: true, receivedAt: true, dueAt: true, deadlinePrecision: true, isDueProvisional: true,
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

/**
 * The public lookup by dossier code and lookup code. A wrong code and a wrong lookup code give the
 * same answer, after the same work (the row is read and the codes compared in both cases), and a
 * client gets 20 tries in 10 minutes.
 */
export async function lookUpDossier(args: { code: string; lookupCode: string; clientKey: string; now: Date }): Promise<LookupResult> {
  if (!(await withinRateLimit({ scope: "lookup", subject: args.clientKey, limit: 20, windowSeconds: 600, now: args.now }))) {
    return { found: false, reason: "rateLimited" };
  }
  const code = args.code.trim().toUpperCase().slice(0, 40);
  const lookupCode = args.lookupCode.trim().toUpperCase().slice(0, 16);
  const dossier = code ? await publicDossier(code) : null;
  const matches = same(dossier?.lookupCode ?? "—", lookupCode);
  return dossier && dossier.lookupCode && matches ? { found: true, dossier } : { found: false, reason: "notFound" };
}
