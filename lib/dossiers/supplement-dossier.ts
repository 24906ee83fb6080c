import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * The applicant hands in the requested papers. Asked after receipt, the processing time restarts
 * from zero (the plan sets the new appointment); asked at the desk, the desk checks them again.
 */
export function supplementDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; documentIds?: string[] }) {
  return executeTransition({ ...args, request: { action: "SUPPLEMENT", documentIds: args.documentIds } });
}
