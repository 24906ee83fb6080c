import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newIdAt } from "@/lib/ids";
import { recordAdminChange } from "./audit";
import { AdminFieldErrors } from "./field-errors";
import { blockedPositions, checkPlan, isPlanValid, type PlanStepInput, type TimeLimit, type TimeUnitName, type UnitKindName } from "./rules";
import { isSystemAdmin, type AdminActor } from "./scope";

// The internal processing plan (quy trình nội bộ) is one per procedure, as the engine reads it
// (procedure.steps in lib/dossiers/execute-transition.ts) and as the city approves it for every
// agency that implements the procedure: so only the system administrator edits it, and its units
// are named by code, a code every implementing agency has (docs/domain/administration.md).

export type PlanUnitOption = { code: string; kind: UnitKindName; name: string };

/** Unit codes every implementing agency has, active and of one kind: the only ones a shared plan can name. */
export function sharedUnits(agencies: { units: { code: string; kind: UnitKindName; name: string; isActive: boolean }[] }[]): PlanUnitOption[] {
  if (agencies.length === 0) return [];
  const [first, ...rest] = agencies;
  return first!.units
    .filter((unit) => unit.isActive && rest.every((agency) => agency.units.some((other) => other.code === unit.code && other.kind === unit.kind && other.isActive)))
    .map(({ code, kind, name }) => ({ code, kind, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export function limitsOf(procedure: { timeLimitValue: unknown; timeLimitUnit: TimeUnitName | null; onlineTimeLimitValue: unknown; onlineTimeLimitUnit: TimeUnitName | null }): TimeLimit[] {
  const limits: TimeLimit[] = [];
  if (procedure.timeLimitValue !== null && procedure.timeLimitUnit) limits.push({ value: Number(procedure.timeLimitValue), unit: procedure.timeLimitUnit });
  if (procedure.onlineTimeLimitValue !== null && procedure.onlineTimeLimitUnit) limits.push({ value: Number(procedure.onlineTimeLimitValue), unit: procedure.onlineTimeLimitUnit });
  return limits;
}

const procedureForPlan = {
  id: true, code: true, name: true, timeLimitValue: true, timeLimitUnit: true, onlineTimeLimitValue: true, onlineTimeLimitUnit: true,
  agencies: { select: { agency: { select: { units: { select: { code: true, kind: true, name: true, isActive: true } } } } } },
};

/** Replaces the plan's steps, keeping each position's row (and id) so running dossiers keep their place. */
export async function savePlan(args: { actor: AdminActor; procedureCode: string; steps: PlanStepInput[]; now: Date; rowOf?: (index: number) => number }): Promise<void> {
  const { actor, now, steps } = args;
  const rowOf = args.rowOf ?? ((index: number) => index);
  if (!isSystemAdmin(actor) || !/^\d\.\d{6}$/.test(args.procedureCode)) throw new AppError("NOT_FOUND");
  const procedure = await db.procedure.findUnique({ where: { code: args.procedureCode }, select: procedureForPlan });
  if (!procedure) throw new AppError("NOT_FOUND");
  const units = sharedUnits(procedure.agencies.map((link) => link.agency));
  const kinds = new Map(units.map((unit) => [unit.code, unit.kind]));
  const check = checkPlan(steps, kinds, limitsOf(procedure));
  if (!isPlanValid(check)) {
    const fields: Record<string, string> = {};
    for (const [index, problems] of Object.entries(check.stepProblems)) {
      for (const [field, problem] of Object.entries(problems)) fields[`step-${rowOf(Number(index))}-${field}`] = `plan_${problem}`;
    }
    if (check.problems.length > 0) fields.form = `plan_${check.problems[0]}`;
    const over = check.totals.find((total) => total.total > total.limit);
    throw new AdminFieldErrors(fields, over ? { total: over.total, limit: over.limit } : {});
  }
  await db.$transaction(async (tx) => {
    // One editor at a time per procedure.
    await tx.$executeRaw`SELECT 1 FROM "procedure" WHERE id = ${procedure.id}::uuid FOR UPDATE`;
    const current = await tx.procedureStep.findMany({ where: { procedureId: procedure.id }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    const open = await tx.processingStep.findMany({
      where: { completedAt: null, planStep: { procedureId: procedure.id }, dossier: { closedAt: null } },
      select: { planStep: { select: { position: true } } },
    });
    const blocked = blockedPositions(current.length, steps.length, open.map((leg) => leg.planStep!.position));
    if (blocked.length > 0) throw new AdminFieldErrors({ form: "plan_blocked" }, { positions: blocked.join(", ") });
    for (const [index, step] of steps.entries()) {
      const position = index + 1;
      const data = {
        name: step.name.trim(), unitCode: step.unitCode, unitKind: kinds.get(step.unitCode)!, role: step.role as "SPECIALIST",
        durationValue: step.durationValue, durationUnit: step.durationValue === null ? null : (step.durationUnit as TimeUnitName),
      };
      const existing = current.find((row) => row.position === position);
      if (existing) await tx.procedureStep.update({ where: { id: existing.id }, data });
      else await tx.procedureStep.create({ data: { id: newIdAt(now), procedureId: procedure.id, position, ...data } });
    }
    await tx.procedureStep.deleteMany({ where: { procedureId: procedure.id, position: { gt: steps.length } } });
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: null, action: "PLAN_UPDATED", targetType: "PROCEDURE", targetId: procedure.id,
      targetLabel: `${procedure.code} · ${procedure.name}`.slice(0, 300), detail: { steps: steps.length },
    });
  });
}
