import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * Records the payment; processing resumes. The desk records cash and transfers; an online payment
 * is confirmed only by the payment gateway's callback (SYSTEM), with its reference.
 */
export async function recordPayment(args: {
  dossierId: string;
  actor: Actor;
  now: Date;
  expectedVersion?: number;
  method: "ONLINE" | "CASH" | "BANK_TRANSFER";
  reference?: string;
}) {
  if (args.method === "ONLINE" && (args.actor.kind !== "SYSTEM" || !args.reference?.trim())) throw new AppError("FORBIDDEN");
  return executeTransition({
    ...args,
    action: "RECORD_PAYMENT",
    payload: { method: args.method },
    write: async ({ tx, dossier, now }) => {
      await tx.payment.updateMany({
        where: { dossierId: dossier.id, paidAt: null },
        data: { paidAt: now, method: args.method, reference: args.reference?.trim() || null },
      });
      if (args.method === "ONLINE") await tx.dossier.update({ where: { id: dossier.id }, data: { isPaidOnline: true } });
    },
  });
}
