import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "./audit";
import { AdminFieldErrors, refuse } from "./field-errors";
import { isOfficerRole, UNIT_KIND_OF_ROLE } from "./rules";
import { agencyFilter, UUID, type AdminActor } from "./scope";

// Deactivating an officer, putting them back, and resetting their second factor. Officers are never
// deleted: the dossiers' trails and the control slips point at them. Each change raises the
// account's session version, so every session it had ends at its next request.

async function officerInScope(actor: AdminActor, officerId: string) {
  if (!UUID.test(officerId)) throw new AppError("NOT_FOUND");
  const officer = await db.user.findFirst({
    where: { id: officerId, role: "OFFICER", ...agencyFilter(actor) },
    select: { id: true, fullName: true, email: true, agencyId: true, isActive: true },
  });
  if (!officer?.agencyId) throw new AppError("NOT_FOUND");
  return { ...officer, agencyId: officer.agencyId };
}

/** Deactivated: sign-in refused, sessions end at once. Returns the open dossiers still in their hands. */
export async function setOfficerActive(args: { actor: AdminActor; officerId: string; isActive: boolean; now: Date }): Promise<{ heldDossiers: number }> {
  const { actor, now, isActive } = args;
  const officer = await officerInScope(actor, args.officerId);
  if (officer.isActive === isActive) refuse("form", isActive ? "alreadyActive" : "alreadyInactive");
  await db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: officer.id, isActive: !isActive },
      data: { isActive, sessionVersion: { increment: 1 }, ...(isActive ? { failedSignIns: 0, lockedUntil: null } : {}) },
    });
    if (changed.count !== 1) refuse("form", isActive ? "alreadyActive" : "alreadyInactive");
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: officer.agencyId, action: isActive ? "OFFICER_REACTIVATED" : "OFFICER_DEACTIVATED",
      targetType: "OFFICER", targetId: officer.id, targetLabel: officer.fullName, detail: { email: officer.email },
    });
  });
  const heldDossiers = isActive ? 0 : await db.dossier.count({ where: { currentHandlerId: officer.id, closedAt: null } });
  return { heldDossiers };
}

/**
 * A lost phone: the second factor is removed (secret, confirmation, last step used, recovery
 * codes) and every session ends; at the next sign-in the officer is offered the QR enrolment again
 * (lib/auth/officer-sign-in.ts). The password is kept.
 */
export async function resetSecondFactor(args: { actor: AdminActor; officerId: string; now: Date }): Promise<void> {
  const { actor, now } = args;
  const officer = await officerInScope(actor, args.officerId);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: officer.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 }, failedSignIns: 0, lockedUntil: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: officer.id } });
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: officer.agencyId, action: "SECOND_FACTOR_RESET", targetType: "OFFICER", targetId: officer.id,
      targetLabel: officer.fullName, detail: { email: officer.email },
    });
  });
}

/**
 * Moves an officer to another unit of the agency, or gives them another role (the role must work in
 * that kind of unit). Refused while open dossiers are assigned to them: the unit head assigns those
 * to someone else first, so no dossier is left with a handler outside its unit.
 */
export async function moveOfficer(args: { actor: AdminActor; officerId: string; unitId: string; officerRole: string; now: Date }): Promise<void> {
  const { actor, now } = args;
  const officer = await officerInScope(actor, args.officerId);
  const current = await db.user.findUniqueOrThrow({ where: { id: officer.id }, select: { unitId: true, officerRole: true, unit: { select: { name: true } } } });
  const unit = UUID.test(args.unitId) ? await db.agencyUnit.findFirst({ where: { id: args.unitId, agencyId: officer.agencyId, isActive: true }, select: { id: true, name: true, kind: true } }) : null;
  const errors: Record<string, string> = {};
  if (!unit) errors.unitId = "unit";
  if (!isOfficerRole(args.officerRole)) errors.officerRole = "role";
  else if (unit && UNIT_KIND_OF_ROLE[args.officerRole] !== unit.kind) errors.officerRole = "roleUnit";
  if (Object.keys(errors).length > 0) throw new AdminFieldErrors(errors);
  if (unit!.id === current.unitId && args.officerRole === current.officerRole) return;
  const held = await db.dossier.count({ where: { currentHandlerId: officer.id, closedAt: null } });
  if (held > 0) refuse("form", "officerHoldsDossiers", { count: held });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: officer.id }, data: { unitId: unit!.id, officerRole: args.officerRole as "SPECIALIST" } });
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: officer.agencyId, action: "OFFICER_MOVED", targetType: "OFFICER", targetId: officer.id, targetLabel: officer.fullName,
      detail: { fromUnit: current.unit?.name ?? null, fromRole: current.officerRole, toUnit: unit!.name, toRole: args.officerRole },
    });
  });
}
