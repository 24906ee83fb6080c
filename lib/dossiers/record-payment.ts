import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * Records the payment; processing resumes. The desk records cash and transfers; an online payment
 * is confirmed only by the payment gateway's callback (SYSTEM), with its reference.
 */
export function recordPayment(args: {
  dossierId: string;
  actor: Actor;
  now: Date;
  expectedVersion?: number;
  method: "ONLINE" | "CASH" | "BANK_TRANSFER";
  reference?: string;
}) {
  return executeTransition({ ...args, request: { action: "RECORD_PAYMENT", method: args.method, reference: args.reference } });
}
