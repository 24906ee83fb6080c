import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Records the payment (at the desk, by transfer, or online); processing resumes. */
export function recordPayment(args: {
  dossierId: string;
  actor: Actor;
  now: Date;
  expectedVersion?: number;
  method: "ONLINE" | "CASH" | "BANK_TRANSFER";
  reference?: string;
}) {
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
