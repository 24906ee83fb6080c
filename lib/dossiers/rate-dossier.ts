import "server-only";
import { actorUserId, type Actor } from "./actor";
import { executeTransition } from "./execute-transition";

export type RatingInput = {
  overall: "VERY_SATISFIED" | "SATISFIED" | "NOT_SATISFIED";
  /** Circular 01/2018 indicators scored 0, 1 or 2. */
  scores?: Record<string, 0 | 1 | 2>;
  comment?: string;
};

/** The applicant rates the handling of a returned dossier (Decree 61 art. 31), once. */
export function rateDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; rating: RatingInput }) {
  return executeTransition({
    ...args,
    action: "RATE",
    payload: { overall: args.rating.overall },
    write: async ({ tx, dossier }) => {
      await tx.rating.create({
        data: {
          dossierId: dossier.id,
          userId: actorUserId(args.actor),
          overall: args.rating.overall,
          scores: args.rating.scores ?? {},
          comment: args.rating.comment?.trim() || null,
        },
      });
    },
  });
}
