import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Sends the dossier back to the previous processing step, with the reason: counted as a bounce. */
export function sendBack(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string; handlerId?: string | null }) {
  return executeTransition({ ...args, request: { action: "SEND_BACK", reason: args.reason, handlerId: args.handlerId } });
}
