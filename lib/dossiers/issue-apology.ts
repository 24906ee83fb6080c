import "server-only";
import { AppError } from "@/lib/errors";
import { actorUserId, type Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * Apology and new appointment (Mẫu 04): before the deadline, at least one working day ahead, and
 * once per dossier (also enforced by the unique dossier_id of due_date_change).
 */
export function issueApology(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string; newDueAt: Date }) {
  return executeTransition({
    ...args,
    action: "ISSUE_APOLOGY",
    input: { reason: args.reason, newDueAt: args.newDueAt },
    payload: { reason: args.reason.trim() },
    write: async ({ tx, dossier, now }) => {
      const issuedById = actorUserId(args.actor);
      if (!issuedById || !dossier.dueAt) throw new AppError("FORBIDDEN");
      await tx.dueDateChange.create({
        data: { dossierId: dossier.id, previousDueAt: dossier.dueAt, newDueAt: args.newDueAt, reason: args.reason.trim(), issuedById, issuedAt: now },
      });
    },
  });
}
