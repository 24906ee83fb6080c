import "server-only";
import { AppError } from "@/lib/errors";
import { actorUserId, type Actor } from "./actor";
import { executeTransition } from "./execute-transition";

export type SupplementItem = { name: string; note?: string };

/**
 * Supplement request (Mẫu 02): every missing or wrong paper at once, with the reason. After
 * receipt only within 3 working days of it; the clock then waits for the applicant.
 */
export function requestSupplement(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string; items: SupplementItem[] }) {
  const items = args.items.map((item) => ({ name: item.name.trim(), ...(item.note?.trim() ? { note: item.note.trim() } : {}) }));
  return executeTransition({
    ...args,
    action: "REQUEST_SUPPLEMENT",
    input: { reason: args.reason, items },
    payload: { reason: args.reason.trim(), items },
    write: async ({ tx, dossier, plan, now }) => {
      const opened = plan.effects.find((effect) => effect.type === "OPEN_SUPPLEMENT_REQUEST");
      const requestedById = actorUserId(args.actor);
      // The request row is what tells a supplement after receipt from one at the desk: never skip it.
      if (!opened || opened.type !== "OPEN_SUPPLEMENT_REQUEST" || !requestedById) throw new AppError("FORBIDDEN");
      await tx.supplementRequest.create({
        data: { dossierId: dossier.id, stage: opened.stage, requestedById, requestedAt: now, reason: args.reason.trim(), items },
      });
      return { stage: opened.stage };
    },
  });
}
