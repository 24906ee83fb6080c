import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import type { AdminUser } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Whose administrator is signed in, and over what. An agency administrator (post.agencyId set)
// administers that agency only: any other agency's unit, officer or invitation is "not found", as
// everywhere in the back office. The system administrator (no agency) administers every agency,
// picking one, and alone edits what is national: the working calendar and the processing plans.

export type AdminActor = { userId: string; agencyId: string | null };

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const adminActor = (admin: AdminUser): AdminActor => ({ userId: admin.id, agencyId: admin.post.agencyId });
export const isSystemAdmin = (actor: AdminActor): boolean => actor.agencyId === null;

/** For server actions: the signed-in administrator, or NOT_FOUND (the action answers 404). */
export async function currentAdminActor(): Promise<AdminActor> {
  const user = await getSessionUser();
  if (!user || user.role !== "ADMIN" || !user.post) throw new AppError("NOT_FOUND");
  return { userId: user.id, agencyId: user.post.agencyId };
}

/** Filter of rows belonging to agencies the actor administers. */
export const agencyFilter = (actor: AdminActor): { agencyId?: string } => (actor.agencyId ? { agencyId: actor.agencyId } : {});

export type AdminAgency = { id: string; name: string; code: string };
export type PickableAgency = AdminAgency & { validTo: Date | null };

/**
 * The agency a page is about: an agency administrator's own (another id asked for: null, the page
 * answers 404); for the system administrator the one asked for, null until they pick one.
 */
export async function agencyInScope(actor: AdminActor, requestedId: string | undefined): Promise<AdminAgency | null> {
  const id = actor.agencyId ?? requestedId;
  if (actor.agencyId && requestedId && requestedId !== actor.agencyId) return null;
  if (!id || !UUID.test(id)) return null;
  return db.agency.findUnique({ where: { id }, select: { id: true, name: true, code: true } });
}

/**
 * The agencies the system administrator can pick from (those that have units): today's first; an
 * agency merged away on 1 July 2025 may share its successor's name: the picker shows its end date.
 */
export function agenciesToPick(): Promise<PickableAgency[]> {
  return db.agency.findMany({
    where: { units: { some: {} } },
    orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { level: "asc" }, { name: "asc" }],
    select: { id: true, name: true, code: true, validTo: true },
  });
}

/** The agency a command acts on: the actor's own, or (system administrator) the one named. */
export async function commandAgency(actor: AdminActor, agencyId: string): Promise<string> {
  if (!UUID.test(agencyId) || (actor.agencyId && actor.agencyId !== agencyId)) throw new AppError("NOT_FOUND");
  const agency = await db.agency.findUnique({ where: { id: agencyId }, select: { id: true } });
  if (!agency) throw new AppError("NOT_FOUND");
  return agency.id;
}
