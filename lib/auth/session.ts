import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/dossiers/actor";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { env } from "@/lib/env";
import { authOptions, SIGN_IN_PATH } from "./options";

export type OfficerRoleName = "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";

/** An officer's or administrator's post: the scope of everything they see. */
export type StaffPost = {
  agencyId: string | null;
  agencyName: string | null;
  unitId: string | null;
  unitName: string | null;
  /** Null for administrators. */
  officerRole: OfficerRoleName | null;
};

export type SessionUser = {
  id: string;
  role: "RESIDENT" | "OFFICER" | "ADMIN";
  fullName: string;
  email: string | null;
  /** Signed in through the identity provider (VNeID), not only by an email code. */
  isIdentified: boolean;
  organizations: { id: string; name: string; taxCode: string; role: "OWNER" | "MEMBER" }[];
  /** Officers and administrators (signed in with their second factor); null for residents. */
  post: StaffPost | null;
};

/** How often an officer's last request is written down (the idle timeout needs no finer clock). */
const SEEN_EVERY_MS = 60_000;

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
      lastSeenAt: true, agencyId: true, unitId: true, officerRole: true, agency: { select: { name: true } }, unit: { select: { name: true } },
      memberships: { select: { role: true, organization: { select: { id: true, name: true, taxCode: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== (session.sv ?? 0)) return null;
  const isStaff = user.role !== "RESIDENT";
  // Staff sessions come only from the password and second factor, and end when left idle.
  if (isStaff !== (session.via === "officer")) return null;
  if (isStaff) {
    const now = Date.now();
    if (!user.lastSeenAt || now - user.lastSeenAt.getTime() > env.OFFICER_IDLE_MINUTES * 60_000) return null;
    if (now - user.lastSeenAt.getTime() > SEEN_EVERY_MS) {
      await db.user.update({ where: { id: user.id }, data: { lastSeenAt: new Date(now) } });
    }
  }
  return {
    id: user.id,
    role: user.role,
    fullName: user.fullName,
    email: user.email,
    isIdentified: session.via === "oidc" && user.oidcSubject !== null,
    organizations: user.memberships.map((membership) => ({ ...membership.organization, role: membership.role })),
    post: isStaff
      ? { agencyId: user.agencyId, agencyName: user.agency?.name ?? null, unitId: user.unitId, unitName: user.unit?.name ?? null, officerRole: user.officerRole }
      : null,
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
  return { kind: "RESIDENT", userId: user.id, organizationIds: user.organizations.map((organization) => organization.id), isVneid: user.isIdentified };
}

/** The client, for rate limits: the address the portal's web server saw (lib/server/http-server.ts). */
export async function clientKey(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
