import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import type { Actor } from "./actor";
import { TRANSACTION_OPTIONS } from "./execute-transition";
import { appendEvent } from "./trail";

export type ApplicantSnapshot = { fullName: string; nationalId?: string; address?: string; phone?: string; email?: string };

/**
 * A resident starts a dossier online: a draft for a procedure at an agency that implements it,
 * for themself or for an organisation they belong to. Who applies comes from the signed-in
 * account (STYLE.md rule 8), never from the form. The first event of the trail records it.
 */
export async function createDraft(args: {
  actor: Actor;
  now: Date;
  procedureCode: string;
  agencyId: string;
  organizationId?: string | null;
  formData: Record<string, unknown>;
}): Promise<{ dossierId: string }> {
  const { actor, now } = args;
  if (actor.kind !== "RESIDENT") throw new AppError("FORBIDDEN");
  if (args.organizationId && !actor.organizationIds.includes(args.organizationId)) throw new AppError("NOT_FOUND");
  const procedure = await db.procedure.findFirst({
    where: { code: args.procedureCode, isActive: true, agencies: { some: { agencyId: args.agencyId } } },
    select: { id: true, feeVnd: true },
  });
  if (!procedure) throw new AppError("NOT_FOUND");
  const person = await db.user.findFirst({
    where: { id: actor.userId, role: "RESIDENT", isActive: true },
    select: { fullName: true, nationalId: true, address: true, phone: true, email: true, oidcSubject: true },
  });
  if (!person) throw new AppError("UNAUTHENTICATED");
  const applicant: ApplicantSnapshot = {
    fullName: person.fullName,
    ...(person.nationalId ? { nationalId: person.nationalId } : {}),
    ...(person.address ? { address: person.address } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    ...(person.email ? { email: person.email } : {}),
  };
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.create({
      data: {
        procedureId: procedure.id,
        agencyId: args.agencyId,
        applicantId: actor.userId,
        organizationId: args.organizationId ?? null,
        applicantType: args.organizationId ? "BUSINESS" : "CITIZEN",
        channel: "ONLINE",
        isVneidAuthenticated: person.oidcSubject !== null,
        status: "DRAFT",
        applicantSnapshot: applicant as Prisma.InputJsonValue,
        formData: args.formData as Prisma.InputJsonValue,
        feeVnd: procedure.feeVnd,
      },
      select: { id: true },
    });
    await appendEvent(tx, {
      dossierId: dossier.id,
      action: "SAVE_DRAFT",
      actorId: actor.userId,
      actorRole: "RESIDENT",
      fromStatus: null,
      toStatus: "DRAFT",
      payload: { created: true },
      occurredAt: now,
    });
    return { dossierId: dossier.id };
  }, TRANSACTION_OPTIONS);
}
