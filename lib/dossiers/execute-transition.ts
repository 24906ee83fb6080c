import "server-only";
// One action on one dossier, in one transaction (docs/architecture.md, "A transition"): read the
// dossier the actor may see, decide with the pure engine (transition-core.ts), then write
// everything it decided only if the dossier's status and version are still what was read (else
// CONFLICT): the dossier row, the control-slip rows, the action's rows, the event, the counters
// and the outbox message. Emails and SMS go out after commit.
import { newIdAt } from "@/lib/ids";
import { applicableTimeLimit } from "@/lib/calendar";
import { loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/prisma/generated/client";
import type { Actor } from "./actor";
import { nextDossierCode } from "./codes";
import type { Directory } from "./effects";
import type { ActionRequest } from "./requests";
import { moveStatusCount, writeRollups } from "./rollup-writes";
import { countPapers, type DossierState, type PlanStep } from "./state";
import { buildOutcome, mergedStepUpdates, planAction, routedState, type TransitionOutcome } from "./transition-core";
import { dossierVisibleTo } from "./visibility";

export type Tx = Prisma.TransactionClient;

// Under load (a morning queue at the desk) transactions wait for a pooled connection; waiting a
// few seconds is better than failing the officer's click.
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

const dossierForTransition = {
  id: true, code: true, status: true, version: true, channel: true, agencyId: true, receivingAgencyId: true, procedureId: true,
  applicantId: true, organizationId: true, submittedAt: true, receivedAt: true, clockStartedAt: true, dueAt: true,
  referenceDueAt: true, deadlinePrecision: true, isDueProvisional: true, pausedAt: true, pausedSeconds: true, clockPausedSeconds: true,
  supplementCount: true, bounceCount: true, hasApology: true, resolution: true, timeliness: true, finishedAt: true,
  returnedAt: true, returnMethod: true, closedAt: true, isPaidOnline: true, isVneidAuthenticated: true, hasElectronicPapers: true,
  currentStepId: true, currentUnitId: true, currentHandlerId: true, trailHash: true,
  agency: { select: { code: true } },
  receivingAgency: { select: { code: true } },
  procedure: {
    select: {
      timeLimitValue: true, timeLimitUnit: true, hasSameDayCutoff: true, onlineTimeLimitValue: true, onlineTimeLimitUnit: true,
      steps: { orderBy: { position: "asc" }, select: { id: true, position: true, name: true, unitCode: true, durationValue: true, durationUnit: true } },
      requiredDocuments: { where: { isRequired: true }, select: { id: true } },
    },
  },
  // The papers held as files, by the procedure's paper they stand for (what a receipt records).
  documents: { where: { requirementId: { not: null } }, select: { requirementId: true } },
  processingSteps: {
    orderBy: { sequence: "asc" },
    select: {
      id: true, dossierId: true, sequence: true, kind: true, planStepId: true, agencyId: true, unitId: true, handlerId: true,
      title: true, startedAt: true, dueAt: true, duePrecision: true, completedAt: true, outcome: true, isBounce: true, note: true,
    },
  },
  supplementRequests: { where: { fulfilledAt: null }, select: { id: true, stage: true } },
  consultations: { where: { repliedAt: null }, select: { id: true, agencyId: true, dueAt: true } },
  payments: { where: { paidAt: null }, select: { id: true } },
  rating: { select: { id: true } },
  delegation: { select: { delegateUnitCode: true } },
} satisfies Prisma.DossierSelect;

type LoadedDossier = Prisma.DossierGetPayload<{ select: typeof dossierForTransition }>;

export type TransitionRequest = {
  dossierId: string;
  actor: Actor;
  request: ActionRequest;
  now: Date;
  /** The version the actor's page showed: acting on an older one is a CONFLICT, not a surprise. */
  expectedVersion?: number;
};

export type TransitionResult = { dossierId: string; code: string | null; status: string; version: number; eventSequence: number };

function stateOf(loaded: LoadedDossier): DossierState {
  const { agency: _agency, receivingAgency: _receiving, delegation: _delegation, procedure, processingSteps, supplementRequests, consultations, payments, rating, documents, ...dossier } = loaded;
  const plan: PlanStep[] = procedure.steps.map((step) => ({
    ...step,
    durationValue: step.durationValue === null ? null : Number(step.durationValue),
  }));
  return {
    dossier,
    procedure: { timeLimit: applicableTimeLimit(procedure, dossier.channel === "ONLINE"), hasSameDayCutoff: procedure.hasSameDayCutoff, plan },
    papers: countPapers(procedure.requiredDocuments.map((paper) => paper.id), documents.map((document) => document.requirementId)),
    steps: processingSteps,
    openSupplementRequests: supplementRequests,
    openConsultations: consultations,
    openPaymentIds: payments.map((payment) => payment.id),
    isRated: rating !== null,
  };
}

/** Units, agencies and the chosen handler the action may need, read in the same transaction. */
async function loadDirectory(tx: Tx, dossier: DossierState["dossier"], request: ActionRequest, assignedCode: string | null, delegateUnitCode: string | null): Promise<Directory> {
  const agencyIds = [dossier.agencyId, ...(dossier.receivingAgencyId ? [dossier.receivingAgencyId] : [])];
  const handlerId = "handlerId" in request ? request.handlerId : null;
  // One after the other: a transaction is one connection, which runs one query at a time.
  const units = await tx.agencyUnit.findMany({ where: { agencyId: { in: agencyIds } }, select: { id: true, agencyId: true, code: true } });
  const consulted = request.action === "CONSULT" ? await tx.agency.findUnique({ where: { id: request.agencyId }, select: { id: true, name: true } }) : null;
  const handler = handlerId
    ? await tx.user.findFirst({ where: { id: handlerId, role: "OFFICER", isActive: true }, select: { id: true, agencyId: true, unitId: true } })
    : null;
  return {
    newId: (at) => newIdAt(at),
    // A delegate without the unit the plan names takes that step in the unit its delegation names.
    unitId: (agencyId, code) =>
      (units.find((unit) => unit.agencyId === agencyId && unit.code === code) ??
        (delegateUnitCode && agencyId === dossier.agencyId ? units.find((unit) => unit.agencyId === agencyId && unit.code === delegateUnitCode) : undefined))?.id ?? null,
    agencyName: (agencyId) => (consulted?.id === agencyId ? consulted.name : null),
    isEligibleHandler: (userId, agencyId, unitId) =>
      handler !== null && handler.id === userId && handler.agencyId === agencyId && (unitId === null || handler.unitId === unitId),
    assignedCode,
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

/** The dossier as the engine reads it (outside a transaction), for pages that show what can be done now. */
export async function dossierStateFor(dossierId: string, actor: Actor): Promise<DossierState | null> {
  const loaded = await db.dossier.findFirst({ where: { id: dossierId, ...dossierVisibleTo(actor) }, select: dossierForTransition });
  return loaded ? stateOf(loaded) : null;
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

async function runTransition({ dossierId, actor, request, now, expectedVersion }: TransitionRequest): Promise<TransitionResult> {
  const calendar = await loadCalendarContext(db);
  return db.$transaction(async (tx) => {
    const loaded = await tx.dossier.findFirst({ where: { id: dossierId, ...dossierVisibleTo(actor) }, select: dossierForTransition });
    if (!loaded) throw new AppError("NOT_FOUND");
    // Filed or received under a delegation: planned and written as routed (lib/delegation).
    const state = routedState(stateOf(loaded), request);
    const plan = planAction({ state, request, actor, now, calendar, expectedVersion });
    // The code comes from the agency's daily counter, inside this transaction: a receipt that
    // loses the race below rolls its number back.
    const assignedCode = plan.effects.some((effect) => effect.type === "ASSIGN_CODE") ? await nextDossierCode(tx, await codeAgencyOf(tx, loaded, state), now) : null;
    const directory = await loadDirectory(tx, state.dossier, request, assignedCode, loaded.delegation?.delegateUnitCode ?? null);
    const outcome = buildOutcome({ state, plan, request, actor, now, calendar, directory });
    await persistOutcome(tx, state, outcome, loaded.agencyId);
    return {
      dossierId,
      code: outcome.changed.code !== undefined ? outcome.changed.code : loaded.code,
      status: plan.to,
      version: outcome.changed.version!,
      eventSequence: outcome.event.sequence,
    };
  }, TRANSACTION_OPTIONS);
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The agency whose counter numbers the receipt: where the dossier was handed in, else its own. */
async function codeAgencyOf(tx: Tx, loaded: LoadedDossier, state: DossierState): Promise<{ id: string; code: string }> {
  const id = state.dossier.receivingAgencyId ?? state.dossier.agencyId;
  if (id === loaded.agencyId) return { id, code: loaded.agency.code };
  if (id === loaded.receivingAgencyId && loaded.receivingAgency) return { id, code: loaded.receivingAgency.code };
  return tx.agency.findUniqueOrThrow({ where: { id }, select: { id: true, code: true } });
}

/**
 * Writes an outcome; the conditional update first, so a lost race writes nothing. `fromAgencyId`
 * is the agency the dossier had when read: a dossier routed to another agency at its receipt leaves
 * that agency's status count and enters the new one's.
 */
async function persistOutcome(tx: Tx, state: DossierState, outcome: TransitionOutcome, fromAgencyId: string): Promise<void> {
  const { dossier } = state;
  const { formData, applicantSnapshot, ...fields } = outcome.changed;
  // Two officers acting at once both read version N; only one changes the row, the other gets
  // CONFLICT and nothing of its transaction is kept.
  const updated = await tx.dossier.updateMany({
    where: { id: dossier.id, status: dossier.status, version: dossier.version },
    data: {
      ...fields,
      ...(formData ? { formData: json(formData) } : {}),
      ...(applicantSnapshot ? { applicantSnapshot: json(applicantSnapshot) } : {}),
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT");
  const { inserts, updates } = outcome;
  if (inserts.steps.length > 0) await tx.processingStep.createMany({ data: inserts.steps });
  if (inserts.supplementRequests.length > 0) {
    await tx.supplementRequest.createMany({ data: inserts.supplementRequests.map((row) => ({ ...row, items: json(row.items) })) });
  }
  if (inserts.consultations.length > 0) await tx.consultation.createMany({ data: inserts.consultations });
  if (inserts.payments.length > 0) await tx.payment.createMany({ data: inserts.payments });
  if (inserts.dueDateChanges.length > 0) await tx.dueDateChange.createMany({ data: inserts.dueDateChanges });
  if (inserts.documents.length > 0) await tx.document.createMany({ data: inserts.documents });
  if (inserts.ratings.length > 0) await tx.rating.createMany({ data: inserts.ratings.map((row) => ({ ...row, scores: json(row.scores) })) });
  for (const [id, data] of mergedStepUpdates(updates)) await tx.processingStep.update({ where: { id }, data });
  if (updates.supplementRequests.length > 0) {
    await tx.supplementRequest.updateMany({ where: { id: { in: updates.supplementRequests.map((row) => row.id) } }, data: { fulfilledAt: updates.supplementRequests[0]!.fulfilledAt } });
  }
  for (const { id, ...data } of updates.consultations) await tx.consultation.update({ where: { id }, data });
  for (const { id, ...data } of updates.payments) await tx.payment.update({ where: { id }, data });

  const { event } = outcome;
  await tx.dossierEvent.create({ data: { ...event, payload: json(event.payload) } });
  const rollupKey = { agencyId: dossier.agencyId, procedureId: dossier.procedureId, channel: dossier.channel };
  await writeRollups(tx, rollupKey, outcome, event.occurredAt);
  if (fromAgencyId === dossier.agencyId) await moveStatusCount(tx, rollupKey, outcome.statusMoves);
  else {
    await moveStatusCount(tx, { ...rollupKey, agencyId: fromAgencyId }, outcome.statusMoves.filter((move) => move.delta < 0));
    await moveStatusCount(tx, rollupKey, outcome.statusMoves.filter((move) => move.delta > 0));
  }
  const code = outcome.changed.code !== undefined ? outcome.changed.code : dossier.code;
  await tx.outboxMessage.create({
    data: {
      topic: `dossier.${event.action.toLowerCase()}`,
      payload: { dossierId: dossier.id, code, status: event.toStatus, eventSequence: event.sequence },
    },
  });
}
