import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The unit head gives the unit's step in hand to one of its officers (the control slip names them). */
export function assignDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; handlerId: string }) {
  return executeTransition({ ...args, request: { action: "ASSIGN", handlerId: args.handlerId } });
}
