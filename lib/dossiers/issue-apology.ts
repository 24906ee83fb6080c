import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * Apology and new appointment (Mẫu 04): before the deadline, at least one working day ahead, and
 * once per dossier (also enforced by the unique dossier_id of due_date_change).
 */
export function issueApology(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string; newDueAt: Date }) {
  return executeTransition({ ...args, request: { action: "ISSUE_APOLOGY", reason: args.reason, newDueAt: args.newDueAt } });
}
