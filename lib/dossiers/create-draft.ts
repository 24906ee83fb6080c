import "server-only";
import { newLookupCode, newReference } from "@/lib/filing/references";
import { routeNew } from "@/lib/delegation/routing";
import { newIdAt } from "@/lib/ids";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import type { Actor } from "./actor";
import { buildDraft, type ApplicantSnapshot, type ApplicantType } from "./draft";
import { TRANSACTION_OPTIONS } from "./execute-transition";

export type { ApplicantSnapshot };

/** A walk-in or postal application the desk officer files for the applicant at the counter. */
export type WalkIn = { channel: "IN_PERSON" | "POST"; applicant: ApplicantSnapshot; applicantType?: ApplicantType };

/**
 * Starts a dossier as a draft for a procedure at an agency that implements it. Online, a resident
 * applies for themself or for an organisation they belong to: who applies comes from the signed-in
 * account (docs/architecture.md, "Identity"), never from the form. At the counter, a desk officer
 * of any agency files for a walk-in applicant from the papers in hand; the dossier is routed to
 * the competent agency and remembers where it was handed in. The first event records who did it.
 */
export async function createDraft(args: {
  actor: Actor;
  now: Date;
  procedureCode: string;
  agencyId: string;
  organizationId?: string | null;
  formData: Record<string, unknown>;
  walkIn?: WalkIn;
  /** The browser's key for this start: the same key again finds the same draft (double click, retry). */
  idempotencyKey?: string;
  /** The ward the applicant names when the procedure was delegated to every ward (lib/delegation). */
  delegateAgencyId?: string | null;
}): Promise<{ dossierId: string }> {
  const { actor, now } = args;
  const procedure = await db.procedure.findFirst({ where: { code: args.procedureCode, isActive: true }, select: { id: true, feeVnd: true } });
  if (!procedure) throw new AppError("NOT_FOUND");
  // The agency competent now: the one addressed, or its delegate (an agency that neither implements
  // the procedure nor takes it under a delegation is "not found", as before).
  const { agencyId } = await routeNew(db, { procedureId: procedure.id, agencyId: args.agencyId, chosenAgencyId: args.delegateAgencyId, now });
  const common = { actor, now, procedureId: procedure.id, agencyId, formData: args.formData, feeVnd: procedure.feeVnd };
  let draft: ReturnType<typeof buildDraft>;
  if (actor.kind === "RESIDENT") {
    if (args.organizationId && !actor.organizationIds.includes(args.organizationId)) throw new AppError("NOT_FOUND");
    const person = await db.user.findFirst({
      where: { id: actor.userId, role: "RESIDENT", isActive: true },
      select: { fullName: true, nationalId: true, address: true, phone: true, email: true },
    });
    if (!person) throw new AppError("UNAUTHENTICATED");
    const applicant: ApplicantSnapshot = {
      fullName: person.fullName,
      ...(person.nationalId ? { nationalId: person.nationalId } : {}),
      ...(person.address ? { address: person.address } : {}),
      ...(person.phone ? { phone: person.phone } : {}),
      ...(person.email ? { email: person.email } : {}),
    };
    draft = buildDraft({
      ...common, id: newIdAt(now), eventId: newIdAt(now),
      receivingAgencyId: null, applicantId: actor.userId, organizationId: args.organizationId ?? null,
      applicantType: args.organizationId ? "BUSINESS" : "CITIZEN", channel: "ONLINE",
      // As this session signed in; submission records it again, for the dossier as sent.
      isVneidAuthenticated: actor.isVneid === true, applicantSnapshot: applicant,
    });
  } else if (actor.kind === "OFFICER" && actor.officerRole === "DESK_OFFICER" && args.walkIn) {
    draft = buildDraft({
      ...common, id: newIdAt(now), eventId: newIdAt(now),
      receivingAgencyId: actor.agencyId === agencyId ? null : actor.agencyId, applicantId: null, organizationId: null,
      applicantType: args.walkIn.applicantType ?? "CITIZEN", channel: args.walkIn.channel, isVneidAuthenticated: false,
      applicantSnapshot: args.walkIn.applicant,
    });
  } else {
    throw new AppError("FORBIDDEN");
  }
  const { dossier, event } = draft;
  if (args.idempotencyKey) {
    const earlier = await findByKey(args.idempotencyKey, actor);
    if (earlier) return earlier;
  }
  try {
    await writeDraft(dossier, event, args.idempotencyKey, now);
  } catch (error) {
    // Two requests with the same key at once: the second loses on the unique key and finds the first.
    const earlier = args.idempotencyKey && isUniqueViolation(error) ? await findByKey(args.idempotencyKey, actor) : null;
    if (earlier) return earlier;
    throw error;
  }
  return { dossierId: dossier.id };
}

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === "P2002";

async function findByKey(key: string, actor: Actor): Promise<{ dossierId: string } | null> {
  const row = await db.dossier.findUnique({ where: { idempotencyKey: key }, select: { id: true, applicantId: true, receivingAgencyId: true, agencyId: true } });
  if (!row) return null;
  const mine = actor.kind === "RESIDENT" ? row.applicantId === actor.userId : actor.kind === "OFFICER" && (row.receivingAgencyId ?? row.agencyId) === actor.agencyId;
  if (!mine) throw new AppError("CONFLICT");
  return { dossierId: row.id };
}

async function writeDraft(dossier: ReturnType<typeof buildDraft>["dossier"], event: ReturnType<typeof buildDraft>["event"], idempotencyKey: string | undefined, now: Date) {
  await db.$transaction(async (tx) => {
    await tx.dossier.create({
      data: {
        ...dossier,
        idempotencyKey: idempotencyKey ?? null,
        reference: newReference(now),
        lookupCode: newLookupCode(),
        applicantSnapshot: dossier.applicantSnapshot as Prisma.InputJsonValue,
        formData: dossier.formData as Prisma.InputJsonValue,
      },
    });
    await tx.dossierEvent.create({ data: { ...event, payload: event.payload as Prisma.InputJsonValue } });
  }, TRANSACTION_OPTIONS);
}
