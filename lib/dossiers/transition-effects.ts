import "server-only";
// The effects of a planned transition written to the database: dossier fields, the control-slip
// rows (Mẫu 05: one row per hand-over, early / on time / late per leg) and what the event records.
import { addWorkingMinutes, classifyLeg, computeDueDate, workingMinutesBetween } from "@/lib/calendar";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client";
import { actorUserId, type Actor } from "./actor";
import { nextDossierCode } from "./codes";
import type { TransitionContext } from "./execute-transition";
import type { Effect } from "./workflow";

/** Writes what the plan's effects change; returns what the event should record of them. */
export async function applyEffects(context: TransitionContext, actor: Actor): Promise<Record<string, unknown>> {
  const { tx, dossier, plan, now } = context;
  const payload: Record<string, unknown> = {};
  const data: Prisma.DossierUncheckedUpdateInput = {};
  for (const effect of plan.effects) {
    await applyEffect(effect);
  }
  if (Object.keys(data).length > 0) await tx.dossier.update({ where: { id: dossier.id }, data });
  return payload;

  async function applyEffect(effect: Effect): Promise<void> {
    switch (effect.type) {
      case "ASSIGN_CODE": {
        const agency = dossier.receivingAgency ?? dossier.agency;
        data.code = await nextDossierCode(tx, agency, now);
        payload.code = data.code;
        data.receivedAt = now;
        await openReceiptRow(context, actor);
        return;
      }
      case "START_CLOCK":
        data.clockStartedAt = effect.clockStartedAt;
        data.dueAt = effect.dueAt;
        // A new clock (after a supplement) has its own appointment; an earlier apology's does not apply.
        data.originalDueAt = null;
        payload.dueAt = effect.dueAt.toISOString();
        return;
      case "PAUSE":
        data.pausedAt = effect.at;
        return;
      case "RESUME":
        data.pausedAt = null;
        data.pausedSeconds = { increment: Math.round(effect.pausedMinutes * 60) };
        payload.pausedMinutes = effect.pausedMinutes;
        await extendOpenStep(context, effect.pausedMinutes);
        return;
      case "EXTEND_DUE":
        data.dueAt = effect.dueAt;
        payload.dueAt = effect.dueAt.toISOString();
        return;
      case "OPEN_STEP":
        Object.assign(payload, await openPlanStep(context, effect.planPosition, effect.isBounce, data));
        return;
      case "CLOSE_STEP":
        payload.closedStep = await closeCurrentStep(context);
        return;
      case "OPEN_SUPPLEMENT_REQUEST":
        // QĐ 766 counts supplement requests after receipt; asking at the desk is not the agency's delay.
        if (effect.stage === "AFTER_RECEIPT") data.supplementCount = { increment: 1 };
        return;
      case "SET_RESOLUTION":
        data.resolution = effect.resolution;
        return;
      case "FINISH": {
        data.finishedAt = now;
        data.timeliness = effect.timeliness;
        // QĐ 766/QĐ-TTg counts a dossier asked to supplement more than once as late.
        payload.timeliness = effect.timeliness;
        payload.statTimeliness = dossier.supplementCount > 1 ? "LATE" : effect.timeliness;
        return;
      }
      case "RETURN":
        data.returnedAt = now;
        return;
      case "CLOSE":
        // A closed dossier leaves no queue holding it: its open leg ends now, its pause too.
        data.closedAt = now;
        if (plan.to !== "RETURNED" && dossier.currentStepId) payload.closedStep = await closeCurrentStep(context);
        data.currentHandlerId = null;
        data.currentUnitId = null;
        data.currentStepId = null;
        if (dossier.pausedAt) {
          data.pausedAt = null;
          data.pausedSeconds = { increment: Math.round(workingMinutesBetween(dossier.pausedAt, now, context.calendar) * 60) };
        }
        return;
      case "MOVE_DUE":
        data.originalDueAt = effect.previousDueAt;
        data.dueAt = effect.dueAt;
        data.hasApology = true;
        payload.previousDueAt = effect.previousDueAt.toISOString();
        payload.dueAt = effect.dueAt.toISOString();
        return;
      default:
        // The action's own write() records consultations, payments, supplement requests, ratings.
        return;
    }
  }
}

/** The control slip's first row: the receipt at the one-stop desk, done at once. */
async function openReceiptRow(context: TransitionContext, actor: Actor): Promise<void> {
  const { tx, dossier, now } = context;
  const receiptStep = dossier.procedure.steps[0];
  const agencyId = dossier.receivingAgencyId ?? dossier.agencyId;
  const unit = receiptStep
    ? await tx.agencyUnit.findUnique({ where: { agencyId_code: { agencyId, code: receiptStep.unitCode } }, select: { id: true } })
    : null;
  await tx.processingStep.create({
    data: {
      dossierId: dossier.id,
      sequence: dossier._count.processingSteps + 1,
      kind: "RECEIPT",
      planStepId: receiptStep?.id,
      agencyId,
      unitId: actor.kind === "OFFICER" ? (actor.unitId ?? unit?.id) : unit?.id,
      handlerId: actorUserId(actor),
      title: receiptStep?.name ?? "Tiếp nhận hồ sơ",
      startedAt: now,
      dueAt: now,
      completedAt: now,
      outcome: "ON_TIME",
    },
  });
}

async function openPlanStep(
  context: TransitionContext,
  position: number,
  isBounce: boolean,
  data: Prisma.DossierUncheckedUpdateInput,
): Promise<Record<string, unknown>> {
  const { tx, dossier, now, calendar } = context;
  const planStep = dossier.procedure.steps.find((step) => step.position === position);
  if (!planStep) throw new AppError("NO_NEXT_STEP");
  const unit = await tx.agencyUnit.findUnique({
    where: { agencyId_code: { agencyId: dossier.agencyId, code: planStep.unitCode } },
    select: { id: true },
  });
  const dueAt =
    planStep.durationValue !== null && planStep.durationUnit !== null
      ? computeDueDate(now, { value: Number(planStep.durationValue), unit: planStep.durationUnit }, {}, calendar)
      : null;
  const isLastStep = position === dossier.procedure.steps.length;
  const sequence = (await tx.processingStep.count({ where: { dossierId: dossier.id } })) + 1;
  const handlerId = context.handlerId;
  if (handlerId) {
    // Only an active officer of the agency (and of the step's unit, when it has one) can hold it.
    const handler = await tx.user.findFirst({
      where: { id: handlerId, role: "OFFICER", isActive: true, agencyId: dossier.agencyId, ...(unit ? { unitId: unit.id } : {}) },
      select: { id: true },
    });
    if (!handler) throw new AppError("VALIDATION");
  }
  const step = await tx.processingStep.create({
    data: {
      dossierId: dossier.id,
      sequence,
      kind: isLastStep ? "RETURN" : "PROCESSING",
      planStepId: planStep.id,
      agencyId: dossier.agencyId,
      unitId: unit?.id,
      handlerId,
      title: planStep.name,
      startedAt: now,
      dueAt,
      isBounce,
    },
    select: { id: true },
  });
  data.currentStepId = step.id;
  data.currentUnitId = unit?.id ?? null;
  data.currentHandlerId = handlerId;
  if (isBounce) data.bounceCount = { increment: 1 };
  return { step: { position, title: planStep.name, unitCode: planStep.unitCode, dueAt: dueAt?.toISOString() ?? null, isBounce } };
}

/** Time spent waiting for the applicant does not count against the unit holding the dossier. */
async function extendOpenStep(context: TransitionContext, pausedMinutes: number): Promise<void> {
  const { tx, dossier, calendar } = context;
  if (!dossier.currentStepId || pausedMinutes <= 0) return;
  const step = await tx.processingStep.findUnique({ where: { id: dossier.currentStepId }, select: { dueAt: true, completedAt: true } });
  if (!step?.dueAt || step.completedAt) return;
  await tx.processingStep.update({
    where: { id: dossier.currentStepId },
    data: { dueAt: addWorkingMinutes(step.dueAt, pausedMinutes, calendar) },
  });
}

async function closeCurrentStep(context: TransitionContext): Promise<Record<string, unknown> | null> {
  const { tx, dossier, now } = context;
  if (!dossier.currentStepId) return null;
  const step = await tx.processingStep.findUniqueOrThrow({ where: { id: dossier.currentStepId }, select: { id: true, dueAt: true, title: true } });
  const outcome = step.dueAt ? classifyLeg(now, step.dueAt) : "ON_TIME";
  await tx.processingStep.update({ where: { id: step.id }, data: { completedAt: now, outcome } });
  return { title: step.title, outcome };
}
