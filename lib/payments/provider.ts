// Online payment of fees and charges behind one interface. The national payment platform (or a
// bank's gateway) takes the resident away and calls back; the portal trusts the gateway's signed
// confirmation, never the payer's own word. With nothing configured, a sandbox gateway inside the
// portal plays that part (development and tests).
import { createHmac, timingSafeEqual } from "node:crypto";

export type CheckoutRequest = { paymentId: string; dossierId: string; amountVnd: number };

export interface PaymentProvider {
  readonly name: string;
  /** Where to send the payer. */
  checkoutUrl(request: CheckoutRequest): string;
  /** The gateway's confirmation: which payment it confirms, or null if the signature is wrong. */
  verifyConfirmation(params: { paymentId: string; signature: string }): { paymentId: string; reference: string } | null;
}

export function sandboxProvider(secret: string): PaymentProvider {
  const sign = (paymentId: string) => createHmac("sha256", secret).update(`sandbox-payment|${paymentId}`).digest("base64url");
  return {
    name: "sandbox",
    checkoutUrl: ({ paymentId }) => `/thanh-toan/thu-nghiem?p=${paymentId}&s=${sign(paymentId)}`,
    verifyConfirmation: ({ paymentId, signature }) => {
      const expected = Buffer.from(sign(paymentId));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      return { paymentId, reference: `SANDBOX-${paymentId.slice(-12).toUpperCase()}` };
    },
  };
}
