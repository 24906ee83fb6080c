import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { newVerificationCode } from "./codes";

/**
 * The verification code of a received dossier's receipt (Mẫu 01): made the first time the receipt
 * is printed, the same on every reprint. Two printings at once both insert-or-keep, then read the
 * one row that won (a statement of its own, so it sees the other's commit).
 */
export async function receiptVerificationCode(dossierId: string): Promise<string> {
  await db.$executeRaw`
    INSERT INTO receipt_verification (dossier_id, code, created_at)
    VALUES (${dossierId}::uuid, ${newVerificationCode(randomBytes)}, now())
    ON CONFLICT (dossier_id) DO NOTHING`;
  const row = await db.receiptVerification.findUniqueOrThrow({ where: { dossierId }, select: { code: true } });
  return row.code;
}
