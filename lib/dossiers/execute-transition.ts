import "server-only";
// One action on one dossier, in one transaction (STYLE.md rule 5): check the actor may see the
// dossier, plan the transition, update the dossier only if its status and version are still what
// was read (else CONFLICT), apply the plan's effects (code, clock, control-slip rows), append the
// event, count it in the rollups and write the outbox message. Emails and SMS go out after commit.
import type { CalendarContext } from "@/lib/calendar";
import { loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/prisma/generated/client";
import { actorUserId, workflowRole, type Actor } from "./actor";
import { countersFor, incrementRollups, moveStatusCount } from "./rollups";
import { appendEvent } from "./trail";
import { applyEffects } from "./transition-effects";
import { dossierVisibleTo } from "./visibility";
import { planTransition, scopeOf, type ActionInput, type DossierAction, type DossierSnapshot, type TransitionPlan } from "./workflow";

export type Tx = Prisma.TransactionClient;

// Under load (a morning queue at the desk) transactions wait for a pooled connection; waiting a
// few seconds is better than failing the officer's click.
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

const dossierForTransition = {
  id: true, code: true, status: true, version: true, channel: true, agencyId: true, receivingAgencyId: true,
  procedureId: true, receivedAt: true, dueAt: true, originalDueAt: true, pausedAt: true, hasApology: true, resolution: true,
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
 * Whose dossier it is to act on: seeing a dossier (as the receiving or a consulted agency) is not
 * a licence to decide on it. Each action's scope in the workflow table names the agencies whose
 * officers may take it; leaders included.
 */
function isInScope(actor: Actor, dossier: LoadedDossier, action: DossierAction): boolean {
  if (actor.kind !== "OFFICER") return true;
  if (actor.agencyId === dossier.agencyId) return true;
  const scope = scopeOf(action);
  if (scope === "COMPETENT_OR_RECEIVING") {
    // The desk where it was handed in: receipt, supplements at the desk, payment, return, and
    // the hand-over to the competent agency before any of its units holds the dossier.
    return actor.agencyId === dossier.receivingAgencyId && !(action === "FORWARD" && dossier.currentStepId);
  }
  // A consulted agency only answers its consultation (checked again by the command).
  return scope === "COMPETENT_OR_CONSULTED";
}

/**
 * Against "pushing responsibility around" (DOMAIN.md §1): once a unit holds the dossier, another
 * unit of the same agency cannot move it; the agency's leaders can. A step whose unit is unknown
 * is the leaders' to move.
 */
function holdsCurrentStep(actor: Actor, dossier: LoadedDossier, action: DossierAction): boolean {
  if (actor.kind !== "OFFICER" || !STEP_ACTIONS.includes(action) || !dossier.currentStepId) return true;
  if (actor.agencyId !== dossier.agencyId) return false;
  if (actor.officerRole === "AGENCY_LEADER") return true;
  return dossier.currentUnitId !== null && actor.unitId === dossier.currentUnitId;
}

function snapshotOf(dossier: LoadedDossier): DossierSnapshot {
  const current = dossier.currentStepId ? dossier.processingSteps[0] : undefined;
  return {
    status: dossier.status,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    originalDueAt: dossier.originalDueAt,
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

/**
 * Another transaction won a race: a deadlock or write conflict, or the unique rules behind
 * "one apology, one rating per dossier" (a second line of defence behind the version check).
 */
function isRaceLost(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2034") return true;
  if (error.code === "P2002") return /DueDateChange|Rating|due_date_change|rating/.test(`${JSON.stringify(error.meta ?? {})} ${error.message}`);
  return /40P01|40001|deadlock detected/.test(error.message);
}

export async function executeTransition(request: TransitionRequest): Promise<TransitionResult> {
  try {
    return await runTransition(request);
  } catch (error) {
    // A deadlock or write conflict between two transitions is retried once; a race lost on a
    // unique rule (one apology, one rating) is the same CONFLICT an officer would see.
    if (!isRaceLost(error)) throw error;
    try {
      return await runTransition(request);
    } catch (retried) {
      if (isRaceLost(retried)) throw new AppError("CONFLICT", { cause: retried });
      throw retried;
    }
  }
}

async function runTransition(request: TransitionRequest): Promise<TransitionResult> {
  const { actor, action, now } = request;
  const calendar = await loadCalendarContext(db);
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: request.dossierId, ...dossierVisibleTo(actor) },
      select: dossierForTransition,
    });
    if (!dossier) throw new AppError("NOT_FOUND");
    if (request.expectedVersion !== undefined && request.expectedVersion !== dossier.version) throw new AppError("CONFLICT");
    if (!isInScope(actor, dossier, action) || !holdsCurrentStep(actor, dossier, action)) throw new AppError("FORBIDDEN");
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
    await incrementRollups(tx, rollupKey, countersFor(action, payload, plan.from), now);
    await moveStatusCount(tx, rollupKey, plan.from, plan.to);
    // What the row now holds, known without reading it back: the conditional update moved the
    // version by exactly one, and a code is only ever assigned by this transition's effects.
    const after = { code: typeof effectPayload.code === "string" ? effectPayload.code : dossier.code, status: plan.to, version: dossier.version + 1 };
    await tx.outboxMessage.create({
      data: {
        topic: `dossier.${action.toLowerCase()}`,
        payload: { dossierId: dossier.id, code: after.code, status: after.status, eventSequence: event.sequence },
      },
    });
    return { dossierId: dossier.id, code: after.code, status: after.status, version: after.version, eventSequence: event.sequence };
  }, TRANSACTION_OPTIONS);
}
