"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { acceptInvitation, inviteMember, registerOrganization, removeMember, type RegisterError } from "@/lib/organizations/manage";

export type RegisterState = { errors?: Partial<Record<"taxCode" | "name" | "address", RegisterError>>; raw?: Record<string, string> };
export type InviteState = { error?: "email" | "forbidden"; sent?: boolean };

async function resident() {
  const user = await getSessionUser();
  if (!user || user.role !== "RESIDENT") redirect("/dang-nhap?next=%2Fdoanh-nghiep");
  return user;
}

export async function registerAction(_state: RegisterState, formData: FormData): Promise<RegisterState> {
  const user = await resident();
  const raw = { taxCode: String(formData.get("taxCode") ?? ""), name: String(formData.get("name") ?? ""), address: String(formData.get("address") ?? "") };
  const result = await registerOrganization(user.id, raw);
  if (!result.ok) return { errors: result.errors, raw };
  redirect(`/doanh-nghiep/${result.id}`);
}

export async function inviteAction(_state: InviteState, formData: FormData): Promise<InviteState> {
  // A form field, not a bound argument (vercel/next.js#57867); inviteMember() checks ownership.
  const organizationId = String(formData.get("organizationId") ?? "");
  const user = await resident();
  const email = z.email().max(254).safeParse(String(formData.get("email") ?? "").trim());
  if (!email.success) return { error: "email" };
  const sent = await inviteMember({ ownerId: user.id, organizationId, email: email.data, now: new Date() });
  return sent ? { sent: true } : { error: "forbidden" };
}

export async function removeMemberAction(organizationId: string, formData: FormData): Promise<void> {
  const user = await resident();
  await removeMember({ ownerId: user.id, organizationId, memberId: String(formData.get("memberId") ?? "") });
  redirect(`/doanh-nghiep/${organizationId}`);
}

export async function acceptAction(token: string): Promise<void> {
  const user = await resident();
  const organizationId = await acceptInvitation({ userId: user.id, token, now: new Date() });
  redirect(organizationId ? `/doanh-nghiep/${organizationId}?da-tham-gia=1` : `/doanh-nghiep/loi-moi/${token}?loi=1`);
}
