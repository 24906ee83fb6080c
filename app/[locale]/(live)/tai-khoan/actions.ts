"use server";
import { redirect } from "next/navigation";
import { runAuthAction } from "@/lib/auth/auth-handler";
import { getSessionUser } from "@/lib/auth/session";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

export async function signOutAllSessions(): Promise<void> {
  const user = await getSessionUser();
  if (user) await signOutEverywhere(user.id);
  await runAuthAction({ action: "signout", body: { callbackUrl: "/" } });
  redirect("/dang-nhap?signedOut=all");
}
