import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newIdAt } from "@/lib/ids";
import { recordAdminChange } from "./audit";
import { AdminFieldErrors, refuse } from "./field-errors";
import { isUnitKind, UNIT_CODE } from "./rules";
import { agencyFilter, commandAgency, UUID, type AdminActor } from "./scope";

// An agency's units (phòng, ban; the one-stop desk; the leadership). A unit's code never changes
// once created: the processing plans name units by code. A unit is never deleted (control slips
// point at it); it is deactivated, which needs it to have no active officer and hold no dossier.

export async function createUnit(args: { actor: AdminActor; agencyId: string; code: string; name: string; kind: string; now: Date }): Promise<string> {
  const { actor, now } = args;
  const agencyId = await commandAgency(actor, args.agencyId);
  const code = args.code.trim().toUpperCase();
  const name = args.name.trim().replace(/\s+/g, " ");
  const errors: Record<string, string> = {};
  if (!UNIT_CODE.test(code)) errors.code = "unitCode";
  if (name.length < 2 || name.length > 200) errors.name = "unitName";
  if (!isUnitKind(args.kind)) errors.kind = "unitKind";
  if (!errors.code && (await db.agencyUnit.findUnique({ where: { agencyId_code: { agencyId, code } }, select: { id: true } }))) errors.code = "unitCodeTaken";
  if (Object.keys(errors).length > 0) throw new AdminFieldErrors(errors);
  const id = newIdAt(now);
  try {
    await db.$transaction(async (tx) => {
      await tx.agencyUnit.create({ data: { id, agencyId, code, name, kind: args.kind as "PROCESSING" } });
      await recordAdminChange(tx, now, { actorId: actor.userId, agencyId, action: "UNIT_CREATED", targetType: "UNIT", targetId: id, targetLabel: `${code} · ${name}`, detail: { kind: args.kind } });
    });
  } catch (error) {
    // Two administrators creating the same code at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") refuse("code", "unitCodeTaken");
    throw error;
  }
  return id;
}

async function unitInScope(actor: AdminActor, unitId: string) {
  if (!UUID.test(unitId)) throw new AppError("NOT_FOUND");
  const unit = await db.agencyUnit.findFirst({ where: { id: unitId, ...agencyFilter(actor) }, select: { id: true, agencyId: true, code: true, name: true, isActive: true } });
  if (!unit) throw new AppError("NOT_FOUND");
  return unit;
}

export async function renameUnit(args: { actor: AdminActor; unitId: string; name: string; now: Date }): Promise<void> {
  const { actor, now } = args;
  const unit = await unitInScope(actor, args.unitId);
  const name = args.name.trim().replace(/\s+/g, " ");
  if (name.length < 2 || name.length > 200) refuse("name", "unitName");
  if (name === unit.name) return;
  await db.$transaction(async (tx) => {
    await tx.agencyUnit.update({ where: { id: unit.id }, data: { name } });
    await recordAdminChange(tx, now, { actorId: actor.userId, agencyId: unit.agencyId, action: "UNIT_RENAMED", targetType: "UNIT", targetId: unit.id, targetLabel: `${unit.code} · ${name}`, detail: { previousName: unit.name } });
  });
}

export async function setUnitActive(args: { actor: AdminActor; unitId: string; isActive: boolean; now: Date }): Promise<void> {
  const { actor, now, isActive } = args;
  const unit = await unitInScope(actor, args.unitId);
  if (unit.isActive === isActive) return;
  if (!isActive) {
    const [officers, dossiers] = await Promise.all([
      db.user.count({ where: { unitId: unit.id, isActive: true } }),
      db.dossier.count({ where: { currentUnitId: unit.id, closedAt: null } }),
    ]);
    if (officers > 0) refuse("form", "unitHasOfficers", { count: officers });
    if (dossiers > 0) refuse("form", "unitHasDossiers", { count: dossiers });
  }
  await db.$transaction(async (tx) => {
    await tx.agencyUnit.update({ where: { id: unit.id }, data: { isActive } });
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: unit.agencyId, action: isActive ? "UNIT_REACTIVATED" : "UNIT_DEACTIVATED", targetType: "UNIT", targetId: unit.id,
      targetLabel: `${unit.code} · ${unit.name}`,
    });
  });
}
