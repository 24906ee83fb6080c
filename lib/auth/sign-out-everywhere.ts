import "server-only";
import { db } from "@/lib/db";

/** Every session of the account issued before now stops working on its next request. */
export async function signOutEverywhere(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
