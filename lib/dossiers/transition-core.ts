// One action on one dossier, decided without touching the database: who may take it, the plan
// of the workflow, the rows it writes, the hash-chained event, the statistics it moves. The
// commands (execute-transition.ts) persist the outcome in one transaction; the history
// generator applies it in memory and copies the rows in bulk. One engine, two writers.
import type { CalendarContext } from "@/lib/calendar";
import { AppError } from "@/lib/errors";
import { holdsCurrentStep, isInScope } from "./access";
import { actorUserId, workflowRole, type Actor } from "./actor";
import { buildChanges, type Directory, type PlannedAction } from "./effects";
import { routingOf, workflowInput, type ActionRequest } from "./requests";
import { rollupDeltaFor, statusCountMoves, type BacklogMove, type RollupCounter, type StatusMove } from "./rollups";
import { snapshotOf, type DossierChanges, type DossierState, type NewRows, type RowUpdates } from "./state";
import { buildEvent, type EventRow } from "./trail";
import { planTransition, type TransitionPlan } from "./workflow";

export type TransitionOutcome = {
  plan: TransitionPlan;
  /** Every dossier column the action changes, status, version and trail hash included. */
  changed: DossierChanges;
  inserts: NewRows;
  updates: RowUpdates;
  event: EventRow;
  counters: RollupCounter[];
  /** The dossier entering or leaving the agency's hands (carried over, docs/domain/statistics.md). */
  backlog: BacklogMove | null;
  /** Whole working days to the result, on the result-ready action (stat_duration). */
  workingDays: number | null;
  statusMoves: StatusMove[];
};

/**
 * The dossier as it stands once routed (lib/delegation): filed with its competent agency, or
 * received by the delegator's desk for the delegate, the desk then being where it was handed in
 * (it keeps the receipt leg and the code, the delegate decides). Both writers plan on this state.
 */
export function routedState(state: DossierState, request: ActionRequest): DossierState {
  const routing = routingOf(request);
  const { dossier } = state;
  if (!routing || routing.agencyId === dossier.agencyId) return state;
  const handedIn = request.action === "RECEIVE" ? (dossier.receivingAgencyId ?? dossier.agencyId) : dossier.receivingAgencyId;
  return { ...state, dossier: { ...dossier, agencyId: routing.agencyId, receivingAgencyId: handedIn === routing.agencyId ? null : handedIn } };
}

/** Checks the actor's scope and plans the action; throws the AppError a user would see. */
export function planAction(args: {
  state: DossierState;
  request: ActionRequest;
  actor: Actor;
  now: Date;
  calendar: CalendarContext;
  expectedVersion?: number;
}): TransitionPlan {
  const { state, request, actor, now, calendar } = args;
  const action = request.action;
  if (args.expectedVersion !== undefined && args.expectedVersion !== state.dossier.version) throw new AppError("CONFLICT");
  if (!isInScope(actor, state, action) || !holdsCurrentStep(actor, state, action)) throw new AppError("FORBIDDEN");
  const planned = planTransition({
    snapshot: snapshotOf(state),
    action,
    role: workflowRole(actor),
    input: {
      ...workflowInput(request),
      timeLimit: state.procedure.timeLimit,
      deadlineOptions: { hasSameDayCutoff: state.procedure.hasSameDayCutoff },
    },
    now,
    context: calendar,
  });
  if (!planned.ok) throw new AppError(planned.error);
  return planned.plan;
}

/** The rows, event and counters of a planned action. */
export function buildOutcome(args: PlannedAction): TransitionOutcome {
  const { state, plan, request, actor, now, directory } = args;
  const { dossier } = state;
  const built = buildChanges(args);
  const routing = routingOf(request);
  if (routing) {
    // The state is already routed (routedState): the row takes its agencies and the delegation,
    // the event names them, so the trail says under which decision the agency acts.
    Object.assign(built.changed, { agencyId: dossier.agencyId, receivingAgencyId: dossier.receivingAgencyId, delegationId: routing.delegation?.delegationId ?? null });
    built.payload.agencyId = dossier.agencyId;
    if (routing.delegation) built.payload.delegation = routing.delegation;
  }
  const event = buildEvent(
    directory.newId(now),
    {
      dossierId: dossier.id,
      action: request.action,
      actorId: actorUserId(actor),
      actorRole: workflowRole(actor),
      fromStatus: plan.from,
      toStatus: plan.to,
      payload: built.payload,
      occurredAt: now,
    },
    // A dossier of version v has v + 1 events (its creation and one per action).
    dossier.trailHash ? { sequence: dossier.version + 1, hash: dossier.trailHash } : null,
  );
  // The dossier as this action leaves it: the same facts recountRollups() reads from its row.
  const after = { ...dossier, ...built.changed };
  const receivedAt = after.receivedAt;
  const rollup = rollupDeltaFor({ ...event, payload: event.payload as Record<string, unknown> }, {
    receivedAt, channel: after.channel, isVneidAuthenticated: after.isVneidAuthenticated, hasElectronicPapers: after.hasElectronicPapers,
  });
  return {
    plan,
    changed: { ...built.changed, status: plan.to, version: dossier.version + 1, trailHash: event.hash },
    inserts: built.inserts,
    updates: built.updates,
    event,
    ...rollup,
    statusMoves: statusCountMoves(plan.from, plan.to, receivedAt !== null),
  };
}

/** The changes of each control-slip row, merged in order (a leg may be extended, then closed). */
export function mergedStepUpdates(updates: RowUpdates): Map<string, RowUpdates["steps"][number]["data"]> {
  const merged = new Map<string, RowUpdates["steps"][number]["data"]>();
  for (const update of updates.steps) merged.set(update.id, { ...merged.get(update.id), ...update.data });
  return merged;
}

/** The dossier's state after an outcome (the history generator walks dossiers this way). */
export function applyOutcome(state: DossierState, outcome: TransitionOutcome): DossierState {
  const stepUpdates = mergedStepUpdates(outcome.updates);
  const steps = [...state.steps, ...outcome.inserts.steps].map((step) => {
    const data = stepUpdates.get(step.id);
    return data ? { ...step, ...data } : step;
  });
  const fulfilled = new Set(outcome.updates.supplementRequests.map((update) => update.id));
  const replied = new Set(outcome.updates.consultations.map((update) => update.id));
  const paid = new Set(outcome.updates.payments.map((update) => update.id));
  const { formData: _formData, applicantSnapshot: _snapshot, applicantType: _type, ...changed } = outcome.changed;
  return {
    dossier: { ...state.dossier, ...changed },
    procedure: state.procedure,
    // Papers come with uploads, not with actions: a walk in memory keeps the count it was given.
    papers: state.papers,
    steps,
    openSupplementRequests: [
      ...state.openSupplementRequests.filter((open) => !fulfilled.has(open.id)),
      ...outcome.inserts.supplementRequests.map((row) => ({ id: row.id, stage: row.stage })),
    ],
    openConsultations: [
      ...state.openConsultations.filter((open) => !replied.has(open.id)),
      ...outcome.inserts.consultations.map((row) => ({ id: row.id, agencyId: row.agencyId, dueAt: row.dueAt })),
    ],
    openPaymentIds: [...state.openPaymentIds.filter((id) => !paid.has(id)), ...outcome.inserts.payments.map((row) => row.id)],
    isRated: state.isRated || outcome.inserts.ratings.length > 0,
  };
}

/**
 * An action decided and applied in memory, as the commands would decide and write it: the history
 * generator walks dossiers this way, and the unit tests walk random sequences of actions.
 */
export function takeActionInMemory(args: {
  state: DossierState;
  request: ActionRequest;
  actor: Actor;
  now: Date;
  calendar: CalendarContext;
  directory: Omit<Directory, "assignedCode">;
  /** The next code of the receiving agency's counter, drawn only when the action assigns one. */
  nextCode: (agencyId: string, now: Date) => string;
}): { state: DossierState; outcome: TransitionOutcome } {
  const { now } = args;
  const state = routedState(args.state, args.request);
  const plan = planAction({ ...args, state });
  const assignsCode = plan.effects.some((effect) => effect.type === "ASSIGN_CODE");
  const assignedCode = assignsCode ? args.nextCode(state.dossier.receivingAgencyId ?? state.dossier.agencyId, now) : null;
  const outcome = buildOutcome({ ...args, state, plan, directory: { ...args.directory, assignedCode } });
  return { state: applyOutcome(state, outcome), outcome };
}
