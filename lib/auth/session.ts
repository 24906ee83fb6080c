import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/dossiers/actor";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { authOptions, SIGN_IN_PATH } from "./options";

export type SessionUser = {
  id: string;
  role: "RESIDENT" | "OFFICER" | "ADMIN";
  fullName: string;
  email: string | null;
  /** Signed in through the identity provider (VNeID), not only by an email code. */
  isIdentified: boolean;
  organizations: { id: string; name: string; taxCode: string; role: "OWNER" | "MEMBER" }[];
};

/**
 * The signed-in person, checked against the database on every request: a deactivated account or a
 * session older than the last "sign out everywhere" is no session. Cached for one render.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; sv?: number; via?: string } | null;
  if (!session?.uid || !/^[0-9a-f-]{36}$/.test(session.uid)) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true, role: true, fullName: true, email: true, isActive: true, sessionVersion: true, oidcSubject: true,
      memberships: { select: { role: true, organization: { select: { id: true, name: true, taxCode: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== (session.sv ?? 0)) return null;
  return {
    id: user.id,
    role: user.role,
    fullName: user.fullName,
    email: user.email,
    isIdentified: session.via === "oidc" && user.oidcSubject !== null,
    organizations: user.memberships.map((membership) => ({ ...membership.organization, role: membership.role })),
  };
});

/** A safe path inside the portal to come back to after signing in (never another site). */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 500 ? value : fallback;
}

/** The signed-in resident, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireResident(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user || user.role !== "RESIDENT") redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}

export function residentActor(user: SessionUser): Actor {
  return { kind: "RESIDENT", userId: user.id, organizationIds: user.organizations.map((organization) => organization.id) };
}

/** The client, for rate limits: the address the portal's web server saw (lib/server/http-server.ts). */
export async function clientKey(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
