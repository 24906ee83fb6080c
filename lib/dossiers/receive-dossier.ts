import "server-only";
import { db } from "@/lib/db";
import { routeExisting } from "@/lib/delegation/routing";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * Receipt (Mẫu 01): assigns the dossier code and the appointment date; the clock starts now. A
 * dossier filed before a delegation whose decision hands those over is received for the delegate
 * (`delegateAgencyId`: the ward the desk names when it was delegated to every ward).
 */
export async function receiveDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; delegateAgencyId?: string | null }) {
  const { delegateAgencyId, ...rest } = args;
  const routing = await routeExisting(db, { dossierId: args.dossierId, actor: args.actor, chosenAgencyId: delegateAgencyId, now: args.now });
  return executeTransition({ ...rest, request: { action: "RECEIVE", ...(routing ? { routing } : {}) } });
}
