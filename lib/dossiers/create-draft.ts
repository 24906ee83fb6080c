import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import type { Actor } from "./actor";
import { TRANSACTION_OPTIONS } from "./execute-transition";
import { appendEvent } from "./trail";

export type ApplicantSnapshot = { fullName: string; nationalId?: string; address?: string; phone?: string; email?: string };

/**
 * A resident starts a dossier: a draft for a procedure at an agency that implements it, for
 * themself or for an organisation they belong to. The first event of the trail records it.
 */
export async function createDraft(args: {
  actor: Actor;
  now: Date;
  procedureCode: string;
  agencyId: string;
  channel?: "ONLINE" | "IN_PERSON" | "POST";
  organizationId?: string | null;
  applicant: ApplicantSnapshot;
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
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.create({
      data: {
        procedureId: procedure.id,
        agencyId: args.agencyId,
        applicantId: actor.userId,
        organizationId: args.organizationId ?? null,
        applicantType: args.organizationId ? "BUSINESS" : "CITIZEN",
        channel: args.channel ?? "ONLINE",
        status: "DRAFT",
        applicantSnapshot: args.applicant as Prisma.InputJsonValue,
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
