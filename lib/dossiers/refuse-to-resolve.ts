import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The agency refuses to resolve, with written reasons, within the processing time. */
export function refuseToResolve(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string }) {
  return executeTransition({ ...args, request: { action: "REFUSE_TO_RESOLVE", reason: args.reason } });
}
