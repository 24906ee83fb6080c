import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Closes the current leg of the control slip (early / on time / late against its deadline). */
export function completeStep(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; note?: string }) {
  return executeTransition({ ...args, request: { action: "COMPLETE_STEP", note: args.note } });
}
