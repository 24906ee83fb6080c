import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The agency leader approves the result (phê duyệt). */
export function approveDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; note?: string }) {
  return executeTransition({ ...args, request: { action: "APPROVE", note: args.note } });
}
