import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Asks the applicant to pay the fee or financial obligation (status 6); the clock waits. */
export function requestPayment(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; amountVnd: number; reason: string }) {
  return executeTransition({ ...args, request: { action: "REQUEST_PAYMENT", amountVnd: args.amountVnd, reason: args.reason } });
}
