import "server-only";
// What the administration's delegation pages need besides the list: who may see them (the rule of
// the commands, lib/delegation/checks.ts: a city-level agency's administrator, or the system
// administrator) and the choices of the record form. Small selects, nothing personal.
import type { AdminActor } from "@/lib/admin/scope";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** Whether the administrator records delegations: the system administrator, or a city-level (PROVINCE) agency's. */
export async function mayAdministerDelegations(actor: AdminActor): Promise<boolean> {
  if (actor.agencyId === null) return true;
  const agency = await db.agency.findUnique({ where: { id: actor.agencyId }, select: { level: true } });
  return agency?.level === "PROVINCE";
}

/** For the administration's menu: whether the signed-in administrator records delegations. */
export async function sessionMayAdministerDelegations(): Promise<boolean> {
  const user = await getSessionUser();
  if (!user || user.role !== "ADMIN" || !user.post) return false;
  return mayAdministerDelegations({ userId: user.id, agencyId: user.post.agencyId });
}

export type AgencyChoice = { id: string; name: string; level: string };

/**
 * The record form's choices: the city-level agencies (delegators, for the system administrator's
 * picker), the agencies in force today (delegates; a group is one more choice) and the fields.
 */
export async function delegationFormChoices(today: Date): Promise<{ delegators: AgencyChoice[]; delegates: AgencyChoice[]; fields: { code: string; name: string; nameEn: string | null }[] }> {
  const inForce = { AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: today } }] }, { OR: [{ validTo: null }, { validTo: { gte: today } }] }] };
  const [agencies, fields] = await Promise.all([
    db.agency.findMany({ where: inForce, orderBy: [{ level: "asc" }, { name: "asc" }], select: { id: true, name: true, level: true }, take: 1000 }),
    db.field.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, nameEn: true } }),
  ]);
  return { delegators: agencies.filter((agency) => agency.level === "PROVINCE"), delegates: agencies.filter((agency) => agency.level !== "CENTRAL"), fields };
}
