import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Refusal to receive (Mẫu 03), with its reasons. */
export function refuseAtReceipt(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string }) {
  return executeTransition({ ...args, request: { action: "REFUSE_AT_RECEIPT", reason: args.reason } });
}
