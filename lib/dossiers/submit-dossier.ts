import "server-only";
import { db } from "@/lib/db";
import { routeExisting } from "@/lib/delegation/routing";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * The resident (or the desk, for a walk-in applicant) sends the draft to the desk (status 1 Mới
 * đăng ký). Sending is filing: the dossier goes to the agency competent now, which a delegation
 * that started since the draft was begun may have changed (lib/delegation); `delegateAgencyId` is
 * the ward the applicant names when the procedure was delegated to every ward.
 */
export async function submitDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; delegateAgencyId?: string | null }) {
  const { delegateAgencyId, ...rest } = args;
  const routing = await routeExisting(db, { dossierId: args.dossierId, actor: args.actor, chosenAgencyId: delegateAgencyId, now: args.now });
  return executeTransition({ ...rest, request: { action: "SUBMIT", ...(routing ? { routing } : {}) } });
}
