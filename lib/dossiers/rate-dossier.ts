import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";
import type { RatingInput } from "./requests";

export type { RatingInput };

/** The applicant rates the handling of a returned dossier (Decree 61 art. 31), once. */
export function rateDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; rating: RatingInput }) {
  return executeTransition({ ...args, request: { action: "RATE", rating: args.rating } });
}
