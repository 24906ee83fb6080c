import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Asks the applicant to pay the fee or financial obligation (status 6); the clock waits. */
export function requestPayment(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; amountVnd: number; reason: string }) {
  return executeTransition({
    ...args,
    action: "REQUEST_PAYMENT",
    input: { amountVnd: args.amountVnd },
    payload: { amountVnd: args.amountVnd, reason: args.reason.trim() },
    write: async ({ tx, dossier, now }) => {
      await tx.payment.create({ data: { dossierId: dossier.id, amountVnd: args.amountVnd, reason: args.reason.trim(), requestedAt: now } });
    },
  });
}
