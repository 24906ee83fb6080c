import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyTrail, type TrailVerification } from "./trail";

/** Finds any altered, removed or reordered event of a dossier's audit trail. */
export async function verifyDossierTrail(dossierId: string): Promise<TrailVerification> {
  const dossier = await db.dossier.findUnique({ where: { id: dossierId }, select: { trailHash: true, version: true, status: true } });
  if (!dossier) throw new AppError("NOT_FOUND");
  const events = await db.dossierEvent.findMany({
    where: { dossierId },
    orderBy: { sequence: "asc" },
    select: {
      dossierId: true, sequence: true, action: true, actorId: true, actorRole: true, fromStatus: true,
      toStatus: true, payload: true, occurredAt: true, prevHash: true, hash: true,
    },
  });
  return verifyTrail(events, dossier);
}
