import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Sends the dossier back to the previous processing step, with the reason: counted as a bounce. */
export function sendBack(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string }) {
  return executeTransition({ ...args, action: "SEND_BACK", input: { reason: args.reason }, payload: { reason: args.reason.trim() } });
}
