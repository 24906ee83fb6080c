import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Hands the dossier over to the next step of the processing plan, optionally to a handler. */
export function forwardDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; handlerId?: string | null; note?: string }) {
  return executeTransition({ ...args, request: { action: "FORWARD", handlerId: args.handlerId, note: args.note } });
}
