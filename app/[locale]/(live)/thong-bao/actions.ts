"use server";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { markAllRead } from "@/lib/notifications/queries";

export async function markAllReadAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await markAllRead(user.id, new Date());
  redirect("/thong-bao");
}
