import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Actor } from "@/lib/dossiers/actor";
import { getSessionUser, safeReturnPath, type OfficerRoleName, type SessionUser, type StaffPost } from "./session";

// The back office's doors: an officer (or administrator) signed in with the second factor, in a
// post. A resident who opens a back-office address sees "not found", as for anything not theirs.

export const OFFICER_SIGN_IN_PATH = "/can-bo/dang-nhap";
export const BACK_OFFICE_HOME = "/can-bo";

export type OfficerUser = SessionUser & { role: "OFFICER"; post: StaffPost & { agencyId: string; officerRole: OfficerRoleName } };
export type OfficerActor = Extract<Actor, { kind: "OFFICER" }>;

function signInFirst(returnTo: string): never {
  redirect(`${OFFICER_SIGN_IN_PATH}?next=${encodeURIComponent(safeReturnPath(returnTo, BACK_OFFICE_HOME))}`);
}

export function isOfficer(user: SessionUser | null): user is OfficerUser {
  return user?.role === "OFFICER" && user.post?.agencyId != null && user.post.officerRole != null;
}

/** The signed-in officer and the actor the lifecycle commands see; sign-in first, 404 for anyone else. */
export async function requireOfficer(returnTo: string): Promise<{ user: OfficerUser; actor: OfficerActor }> {
  const user = await getSessionUser();
  if (!user) signInFirst(returnTo);
  if (!isOfficer(user)) notFound();
  return { user, actor: officerActor(user) };
}

/** For route handlers and server actions: the officer, or null (they answer 404 themselves). */
export async function currentOfficer(): Promise<{ user: OfficerUser; actor: OfficerActor } | null> {
  const user = await getSessionUser();
  return isOfficer(user) ? { user, actor: officerActor(user) } : null;
}

export function officerActor(user: OfficerUser): OfficerActor {
  return { kind: "OFFICER", userId: user.id, agencyId: user.post.agencyId, unitId: user.post.unitId, officerRole: user.post.officerRole };
}

export type AdminUser = SessionUser & { role: "ADMIN"; post: StaffPost };

/**
 * An administrator: of one agency (post.agencyId set) or of the whole system (no agency). Officers
 * and residents get 404.
 */
export async function requireAdmin(returnTo: string): Promise<AdminUser> {
  const user = await getSessionUser();
  if (!user) signInFirst(returnTo);
  if (user.role !== "ADMIN" || !user.post) notFound();
  return user as AdminUser;
}
