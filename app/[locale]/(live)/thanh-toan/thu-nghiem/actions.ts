"use server";
import { redirect } from "next/navigation";
import { confirmPayment } from "@/lib/payments";

/** The sandbox gateway's "pay" button: the gateway confirms to the portal, then returns the payer. */
export async function paySandbox(formData: FormData): Promise<void> {
  const dossierId = await confirmPayment({ paymentId: String(formData.get("p") ?? ""), signature: String(formData.get("s") ?? ""), now: new Date() });
  redirect(`/ho-so/${dossierId}?da-thanh-toan=1`);
}
