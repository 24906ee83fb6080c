import "server-only";
// One action on one dossier, in one transaction (STYLE.md rule 5): check the actor may see the
// dossier, plan the transition, update the dossier only if its status and version are still what
// was read (else CONFLICT), apply the plan's effects (code, clock, control-slip rows), append the
// event, count it in the rollups and write the outbox message. Emails and SMS go out after commit.
import { addWorkingMinutes, classifyLeg, computeDueDate, type CalendarContext } from "@/lib/calendar";
import { loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/prisma/generated/client";
import { actorUserId, workflowRole, type Actor } from "./actor";
import { nextDossierCode } from "./codes";
import { countersFor, incrementRollups, moveStatusCount } from "./rollups";
import { appendEvent } from "./trail";
import { dossierVisibleTo } from "./visibility";
import { planTransition, type ActionInput, type DossierAction, type DossierSnapshot, type Effect, type TransitionPlan } from "./workflow";

export type Tx = Prisma.TransactionClient;

// Under load (a morning queue at the desk) transactions wait for a pooled connection; waiting a
// few seconds is better than failing the officer's click.
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

const dossierForTransition = {
  id: true, code: true, status: true, version: true, channel: true, agencyId: true, receivingAgencyId: true,
  procedureId: true, receivedAt: true, dueAt: true, pausedAt: true, hasApology: true, resolution: true,
  currentStepId: true, currentUnitId: true, supplementCount: true,
  agency: { select: { id: true, code: true } },
  receivingAgency: { select: { id: true, code: true } },
  procedure: {
    select: {
      timeLimitValue: true, timeLimitUnit: true, hasSameDayCutoff: true,
      onlineTimeLimitValue: true, onlineTimeLimitUnit: true,
      steps: { orderBy: { position: "asc" }, select: { id: true, position: true, name: true, unitCode: true, durationValue: true, durationUnit: true } },
    },
  },
  processingSteps: { where: { kind: { in: ["PROCESSING", "RETURN"] } }, orderBy: { sequence: "desc" }, take: 1, select: { id: true, completedAt: true, planStep: { select: { position: true } } } },
  supplementRequests: { where: { fulfilledAt: null }, select: { id: true, stage: true } },
  _count: { select: { consultations: { where: { repliedAt: null } }, processingSteps: true } },
  rating: { select: { id: true } },
} satisfies Prisma.DossierSelect;

export type LoadedDossier = Prisma.DossierGetPayload<{ select: typeof dossierForTransition }>;

export type TransitionContext = {
  tx: Tx;
  dossier: LoadedDossier;
  plan: TransitionPlan;
  now: Date;
  calendar: CalendarContext;
  /** Officer a step opened by this action is assigned to, if chosen. */
  handlerId: string | null;
};

export type TransitionRequest = {
  dossierId: string;
  actor: Actor;
  action: DossierAction;
  input?: ActionInput;
  now: Date;
  /** The action's own rows (supplement request, consultation, payment…); returns event payload. */
  write?: (context: TransitionContext) => Promise<Record<string, unknown> | void>;
  /** Event payload of the action (reasons, items); never personal data. */
  payload?: Record<string, unknown>;
  /** Officer to assign the step this action opens to. */
  handlerId?: string | null;
  /** The version the actor's page showed: acting on an older one is a CONFLICT, not a surprise. */
  expectedVersion?: number;
};

export type TransitionResult = { dossierId: string; code: string | null; status: string; version: number; eventSequence: number };

function timeLimitOf(dossier: LoadedDossier) {
  const procedure = dossier.procedure;
  const isOnline = dossier.channel === "ONLINE" && procedure.onlineTimeLimitValue !== null && procedure.onlineTimeLimitUnit !== null;
  const value = isOnline ? procedure.onlineTimeLimitValue : procedure.timeLimitValue;
  const unit = isOnline ? procedure.onlineTimeLimitUnit : procedure.timeLimitUnit;
  return value !== null && unit !== null ? { value: Number(value), unit } : null;
}

/** Actions taken on the step in hand: only its unit (or the agency's leaders) may take them. */
const STEP_ACTIONS: readonly DossierAction[] = ["FORWARD", "COMPLETE_STEP", "SEND_BACK", "CONSULT", "REQUEST_SUPPLEMENT", "REQUEST_PAYMENT"];

/**
 * Against "pushing responsibility around" (DOMAIN.md §1): once a unit holds the dossier, another
 * unit of the same agency cannot move it; the agency's leaders can.
 */
function holdsCurrentStep(actor: Actor, dossier: LoadedDossier, action: DossierAction): boolean {
  if (actor.kind !== "OFFICER" || actor.officerRole === "AGENCY_LEADER") return true;
  if (!STEP_ACTIONS.includes(action) || !dossier.currentUnitId) return true;
  return actor.agencyId === dossier.agencyId && actor.unitId === dossier.currentUnitId;
}

function snapshotOf(dossier: LoadedDossier): DossierSnapshot {
  const current = dossier.currentStepId ? dossier.processingSteps[0] : undefined;
  return {
    status: dossier.status,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    pausedAt: dossier.pausedAt,
    hasApology: dossier.hasApology,
    resolution: dossier.resolution,
    supplementStage: dossier.supplementRequests[0]?.stage ?? null,
    planStepCount: dossier.procedure.steps.length,
    currentPlanPosition: current?.planStep?.position ?? null,
    isCurrentStepOpen: Boolean(current && !current.completedAt),
    openConsultations: dossier._count.consultations,
    isRated: dossier.rating !== null,
  };
}

export async function executeTransition(request: TransitionRequest): Promise<TransitionResult> {
  const { actor, action, now } = request;
  const calendar = await loadCalendarContext(db, now);
  try {
    return await db.$transaction(async (tx) => {
      const dossier = await tx.dossier.findFirst({
        where: { id: request.dossierId, ...dossierVisibleTo(actor) },
        select: dossierForTransition,
      });
      if (!dossier) throw new AppError("NOT_FOUND");
      if (request.expectedVersion !== undefined && request.expectedVersion !== dossier.version) throw new AppError("CONFLICT");
      if (!holdsCurrentStep(actor, dossier, action)) throw new AppError("FORBIDDEN");
      const input: ActionInput = {
        ...request.input,
        timeLimit: timeLimitOf(dossier),
        deadlineOptions: { hasSameDayCutoff: dossier.procedure.hasSameDayCutoff },
      };
      const planned = planTransition({ snapshot: snapshotOf(dossier), action, role: workflowRole(actor), input, now, context: calendar });
      if (!planned.ok) throw new AppError(planned.error);
      const plan = planned.plan;

      // The conditional update: two officers acting at once both read version N; only one
      // changes the row, the other gets CONFLICT and nothing of its transaction is kept.
      const updated = await tx.dossier.updateMany({
        where: { id: dossier.id, status: dossier.status, version: dossier.version },
        data: { status: plan.to, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new AppError("CONFLICT");

      const context: TransitionContext = { tx, dossier, plan, now, calendar, handlerId: request.handlerId ?? null };
      const effectPayload = await applyEffects(context, actor);
      const ownPayload = (await request.write?.(context)) ?? {};
      const payload = { ...request.payload, ...effectPayload, ...ownPayload };

      const event = await appendEvent(tx, {
        dossierId: dossier.id,
        action,
        actorId: actorUserId(actor),
        actorRole: workflowRole(actor),
        fromStatus: plan.from,
        toStatus: plan.to,
        payload,
        occurredAt: now,
      });
      const rollupKey = { agencyId: dossier.agencyId, procedureId: dossier.procedureId, channel: dossier.channel };
      await incrementRollups(tx, rollupKey, countersFor(action, payload), now);
      await moveStatusCount(tx, rollupKey, plan.from, plan.to);
      const after = await tx.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { code: true, status: true, version: true } });
      await tx.outboxMessage.create({
        data: {
          topic: `dossier.${action.toLowerCase()}`,
          payload: { dossierId: dossier.id, code: after.code, status: after.status, eventSequence: event.sequence },
        },
      });
      return { dossierId: dossier.id, code: after.code, status: after.status, version: after.version, eventSequence: event.sequence };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // A unique violation here means another transaction won a race (one apology, one rating).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", { cause: error });
    throw error;
  }
}

/** Writes what the plan's effects change; returns what the event should record of them. */
async function applyEffects(context: TransitionContext, actor: Actor): Promise<Record<string, unknown>> {
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
        data.supplementCount = { increment: 1 };
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
        data.closedAt = now;
        data.currentHandlerId = null;
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
