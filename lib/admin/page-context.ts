import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/staff";
import { adminActor, agencyInScope, type AdminActor, type AdminAgency } from "./scope";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export const firstParam = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export type AdminPage = {
  actor: AdminActor;
  isSystem: boolean;
  /** The agency the page is about; null only for the system administrator who has not picked one. */
  agency: AdminAgency | null;
  /** "?co-quan=…" for the system administrator's links (the agency administrator's agency is implied). */
  agencyQuery: string;
  params: Record<string, string | string[] | undefined>;
};

/** The administrator's page: signed in (else the sign-in page), an administrator (else 404), and the agency in scope (another agency's: 404). */
export async function adminPage(path: string, searchParams: SearchParams): Promise<AdminPage> {
  const admin = await requireAdmin(path);
  const actor = adminActor(admin);
  const params = await searchParams;
  const requested = firstParam(params["co-quan"]) || undefined;
  const agency = await agencyInScope(actor, requested);
  if (!agency && (actor.agencyId || requested)) notFound();
  return { actor, isSystem: actor.agencyId === null, agency, agencyQuery: !actor.agencyId && agency ? `?co-quan=${agency.id}` : "", params };
}
