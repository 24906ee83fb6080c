import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The one-stop desk returns the result to the applicant (status 10). */
export function returnResult(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; method?: "AT_DESK" | "POST" | "ONLINE" }) {
  return executeTransition({ ...args, request: { action: "RETURN_RESULT", method: args.method } });
}
