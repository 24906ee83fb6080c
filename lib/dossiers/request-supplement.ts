import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";
import type { SupplementItem } from "./requests";

export type { SupplementItem };

/**
 * Supplement request (Mẫu 02): every missing or wrong paper at once, with the reason. At the desk
 * before receipt, or after receipt within 3 working days of it (the clock then waits).
 */
export function requestSupplement(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; reason: string; items: SupplementItem[] }) {
  return executeTransition({ ...args, request: { action: "REQUEST_SUPPLEMENT", reason: args.reason, items: args.items } });
}
