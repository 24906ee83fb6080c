import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The applicant withdraws the dossier (rút hồ sơ, status 7). */
export function withdrawDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason?: string }) {
  return executeTransition({ ...args, action: "WITHDRAW", payload: args.reason?.trim() ? { reason: args.reason.trim() } : {} });
}
