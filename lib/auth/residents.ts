import "server-only";
import { db } from "@/lib/db";
import type { ResidentProfile } from "./claims";

/**
 * The resident's account for an identity-provider sign-in: found by the provider's subject, else
 * linked by the 12-digit ID number (an account made at the counter or by an email code), else
 * created. The identity provider is the authority on the person: name, ID number and birth date
 * follow it on every sign-in; email and phone only fill gaps (the resident may have changed them).
 */
export async function residentFromIdentityProvider(profile: ResidentProfile, now: Date): Promise<{ id: string; sessionVersion: number } | null> {
  return db.$transaction(async (tx) => {
    const existing =
      (await tx.user.findUnique({ where: { oidcSubject: profile.subject } })) ??
      (profile.nationalId ? await tx.user.findUnique({ where: { nationalId: profile.nationalId } }) : null);
    if (existing && (existing.role !== "RESIDENT" || !existing.isActive)) return null;
    const identity = {
      oidcSubject: profile.subject,
      fullName: profile.fullName,
      identityLevel: 2,
      lastSignInAt: now,
      ...(profile.nationalId ? { nationalId: profile.nationalId } : {}),
      ...(profile.dateOfBirth ? { dateOfBirth: new Date(`${profile.dateOfBirth}T00:00:00.000Z`) } : {}),
    };
    if (existing) {
      const emailFree = profile.email && !existing.email ? (await tx.user.count({ where: { email: profile.email } })) === 0 : false;
      return tx.user.update({
        where: { id: existing.id },
        data: { ...identity, ...(emailFree ? { email: profile.email } : {}), ...(!existing.phone && profile.phone ? { phone: profile.phone } : {}) },
        select: { id: true, sessionVersion: true },
      });
    }
    const emailFree = profile.email ? (await tx.user.count({ where: { email: profile.email } })) === 0 : false;
    return tx.user.create({
      data: { role: "RESIDENT", ...identity, email: emailFree ? profile.email : null, phone: profile.phone },
      select: { id: true, sessionVersion: true },
    });
  });
}
