import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The agency stops processing (dừng xử lý, status 8), with the reason. */
export function stopProcessing(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string }) {
  return executeTransition({ ...args, request: { action: "STOP", reason: args.reason } });
}
