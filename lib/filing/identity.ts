import "server-only";
import { db } from "@/lib/db";

/**
 * What the identity provider vouched for about the resident (null for an account made by an email
 * code): the wizard shows it read-only and the server uses it instead of the form's values.
 */
export async function identityFacts(userId: string): Promise<{ fullName: string; nationalId: string | null; dateOfBirth: string | null } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { oidcSubject: true, fullName: true, nationalId: true, dateOfBirth: true } });
  if (!user?.oidcSubject) return null;
  return { fullName: user.fullName, nationalId: user.nationalId, dateOfBirth: user.dateOfBirth ? user.dateOfBirth.toISOString().slice(0, 10) : null };
}

/** The account's contact details, to pre-fill the applicant step. */
export async function contactDefaults(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { fullName: true, nationalId: true, phone: true, email: true, address: true, dateOfBirth: true } });
}
