import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Refusal to receive (Mẫu 03), with its reasons. */
export function refuseAtReceipt(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string }) {
  return executeTransition({ ...args, action: "REFUSE_AT_RECEIPT", input: { reason: args.reason }, payload: { reason: args.reason.trim() } });
}
