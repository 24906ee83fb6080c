import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/dossiers/actor";
import { recordPayment } from "@/lib/dossiers/record-payment";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/env";
import { sandboxProvider, type PaymentProvider } from "./provider";

let instance: PaymentProvider | undefined;
export const paymentProvider = (): PaymentProvider => (instance ??= sandboxProvider(authSecret()));

/** The open payment request of the actor's dossier and where to pay it. */
export async function startCheckout(actor: Actor, dossierId: string): Promise<string> {
  const payment = await db.payment.findFirst({
    where: { dossierId, paidAt: null, dossier: { AND: [dossierVisibleTo(actor), { status: "AWAITING_PAYMENT" }] } },
    orderBy: { requestedAt: "desc" },
    select: { id: true, amountVnd: true },
  });
  if (!payment) throw new AppError("NOT_FOUND");
  return paymentProvider().checkoutUrl({ paymentId: payment.id, dossierId, amountVnd: payment.amountVnd });
}

/**
 * The gateway confirmed: the payment is recorded by the system (the gateway's word), once; a
 * repeated confirmation finds it paid and changes nothing. Returns the dossier's id.
 */
export async function confirmPayment(params: { paymentId: string; signature: string; now: Date }): Promise<string> {
  const confirmed = paymentProvider().verifyConfirmation(params);
  if (!confirmed) throw new AppError("NOT_FOUND");
  const payment = await db.payment.findUnique({ where: { id: confirmed.paymentId }, select: { dossierId: true, paidAt: true, dossier: { select: { status: true } } } });
  if (!payment) throw new AppError("NOT_FOUND");
  if (payment.paidAt === null && payment.dossier.status === "AWAITING_PAYMENT") {
    try {
      await recordPayment({ dossierId: payment.dossierId, actor: { kind: "SYSTEM" }, now: params.now, method: "ONLINE", reference: confirmed.reference });
    } catch (error) {
      // Two confirmations at once: the second finds the first's write and is satisfied.
      if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "INVALID_TRANSITION"))) throw error;
    }
  }
  return payment.dossierId;
}

/** What the sandbox gateway's page shows; null for a wrong signature. */
export async function sandboxCheckout(paymentId: string, signature: string) {
  if (!/^[0-9a-f-]{36}$/.test(paymentId) || !paymentProvider().verifyConfirmation({ paymentId, signature })) return null;
  return db.payment.findUnique({ where: { id: paymentId }, select: { id: true, amountVnd: true, reason: true, paidAt: true, dossierId: true } });
}

