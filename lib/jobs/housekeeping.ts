// Background housekeeping, one round at a time (lib/jobs/job-queue.ts runs it every ten minutes):
// drafts past their retention deleted with their files, files a crash left without a document row
// deleted, expired sign-in codes and old rate-limit windows removed. Each task works in bounded
// batches through an index; none scans all dossiers.
import type { PrismaClient } from "@/lib/db-client";
import type { FileStorage } from "@/lib/storage/storage";

const BATCH = 200;
/** An intent younger than this may belong to an upload still in flight. */
const INTENT_GRACE_MS = 60 * 60_000;

export type HousekeepingReport = { drafts: number; orphanFiles: number; codes: number; rateWindows: number };

/** Deletes drafts untouched since `cutoff`, their rows (events included, by the database's own function) and files. */
export async function deleteStaleDrafts(db: PrismaClient, storage: FileStorage, cutoff: Date): Promise<number> {
  let deleted = 0;
  for (;;) {
    const drafts = await db.dossier.findMany({ where: { status: "DRAFT", updatedAt: { lt: cutoff } }, select: { id: true }, take: BATCH, orderBy: { updatedAt: "asc" } });
    if (drafts.length === 0) return deleted;
    for (const { id } of drafts) {
      const files = await db.document.findMany({ where: { dossierId: id }, select: { storageKey: true } });
      const keys = files.map((file) => file.storageKey);
      // The files' deletion is announced first: a crash after the rows go leaves intents, not orphans nobody knows.
      if (keys.length > 0) await db.storageIntent.createMany({ data: keys.map((key) => ({ key })), skipDuplicates: true });
      const [{ deleted: gone } = { deleted: false }] = await db.$queryRaw<{ deleted: boolean }[]>`SELECT delete_draft_dossier(${id}::uuid) AS deleted`;
      if (gone) {
        deleted++;
        for (const key of keys) await storage.delete(key);
      }
      if (keys.length > 0) await db.storageIntent.deleteMany({ where: { key: { in: keys } } });
    }
    if (drafts.length < BATCH) return deleted;
  }
}

/** Files whose write (or deletion) was announced long ago and that no document row refers to. */
export async function sweepStorageIntents(db: PrismaClient, storage: FileStorage, now: Date): Promise<number> {
  const intents = await db.storageIntent.findMany({ where: { createdAt: { lt: new Date(now.getTime() - INTENT_GRACE_MS) } }, take: 1000, select: { key: true } });
  if (intents.length === 0) return 0;
  const referenced = new Set(
    (await db.document.findMany({ where: { storageKey: { in: intents.map((intent) => intent.key) } }, select: { storageKey: true } })).map((row) => row.storageKey),
  );
  let removed = 0;
  for (const { key } of intents) {
    if (!referenced.has(key)) {
      await storage.delete(key);
      removed++;
    }
    await db.storageIntent.delete({ where: { key } });
  }
  return removed;
}

export async function runHousekeeping(db: PrismaClient, storage: FileStorage, options: { now: Date; draftRetentionDays: number }): Promise<HousekeepingReport> {
  const { now } = options;
  const drafts = await deleteStaleDrafts(db, storage, new Date(now.getTime() - options.draftRetentionDays * 86_400_000));
  const orphanFiles = await sweepStorageIntents(db, storage, now);
  const codes = (await db.signInCode.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } })).count;
  const rateWindows = (await db.rateLimitHit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) } } })).count;
  return { drafts, orphanFiles, codes, rateWindows };
}
