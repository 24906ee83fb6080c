// The rows a planned transition writes, built from the dossier's state: the dossier's changed
// fields, the control-slip rows (Mẫu 05: one row per hand-over, early / on time / late per leg by
// the one rule of judgeTimeliness), the action's own rows (supplement request, consultation,
// payment, apology, result document, rating) and what the event records of them. Pure: the
// commands write these rows with Prisma, the history generator with COPY, so both are the engine.
import {
  addWorkingMinutes,
  computeDueDate,
  judgeTimeliness,
  precisionOf,
  workingMinutesBetween,
  type CalendarContext,
  type Deadline,
} from "@/lib/calendar";
import { AppError } from "@/lib/errors";
import { processingWorkingDays } from "@/lib/statistics/processing-days";
import { actorUserId, type Actor } from "./actor";
import type { ActionRequest } from "./requests";
import {
  currentStepOf,
  emptyNewRows,
  holdsEveryPaper,
  emptyRowUpdates,
  type DossierChanges,
  type DossierState,
  type NewRows,
  type RowUpdates,
  type StepRow,
} from "./state";
import type { Effect, TransitionPlan } from "./workflow";

/** What the engine needs to know beyond the dossier: ids, unit and agency lookups, the new code. */
export type Directory = {
  /** A new row id (UUID v7 at the instant of the action). */
  newId: (at: Date) => string;
  /** The unit of an agency with this code (AgencyUnit.code), if the agency has one. */
  unitId: (agencyId: string, unitCode: string) => string | null;
  /** The name of an agency, or null when there is no such agency. */
  agencyName: (agencyId: string) => string | null;
  /** Whether the user is an active officer of the agency (and of the unit, when there is one). */
  isEligibleHandler: (userId: string, agencyId: string, unitId: string | null) => boolean;
  /** The dossier code assigned at receipt (the commands draw it from the counter first). */
  assignedCode: string | null;
};

export type BuiltChanges = { changed: DossierChanges; inserts: NewRows; updates: RowUpdates; payload: Record<string, unknown> };

const trimmed = (text: string | undefined) => text?.trim() ?? "";

/** A planned action with all it needs to be written: the dossier, the plan, who, when, where. */
export type PlannedAction = {
  state: DossierState;
  plan: TransitionPlan;
  request: ActionRequest;
  actor: Actor;
  now: Date;
  calendar: CalendarContext;
  directory: Directory;
};

export function buildChanges(args: PlannedAction): BuiltChanges {
  const { state, plan, request, actor, now, calendar, directory } = args;
  const { dossier } = state;
  const changed: DossierChanges = {};
  const inserts = emptyNewRows();
  const updates = emptyRowUpdates();
  const payload: Record<string, unknown> = {};
  // Steps as they stand after this action's earlier effects (a close, then an open).
  let steps = state.steps.length;
  let current: StepRow | undefined = currentStepOf(state);
  let isCurrentOpen = Boolean(current && !current.completedAt);
  const userId = actorUserId(actor);

  const closeStep = (step: StepRow): { title: string; outcome: string } => {
    const outcome = step.dueAt ? judgeTimeliness(now, deadlineOf(step)) : "ON_TIME";
    updates.steps.push({ id: step.id, data: { completedAt: now, outcome } });
    return { title: step.title, outcome };
  };

  const addStep = (row: Omit<StepRow, "id" | "dossierId" | "sequence">): StepRow => {
    steps += 1;
    const step: StepRow = { id: directory.newId(now), dossierId: dossier.id, sequence: steps, ...row };
    inserts.steps.push(step);
    return step;
  };

  for (const effect of plan.effects) apply(effect);
  addRequestPayload();
  return { changed, inserts, updates, payload };

  function apply(effect: Effect): void {
    switch (effect.type) {
      case "ASSIGN_CODE":
        if (!directory.assignedCode) throw new Error("A receipt needs its dossier code");
        changed.code = directory.assignedCode;
        changed.receivedAt = now;
        payload.code = directory.assignedCode;
        // Digitised at receipt when every required paper is a file (Decision 766/QĐ-TTg, số hóa hồ sơ).
        changed.hasElectronicPapers = holdsEveryPaper(state.papers);
        payload.papers = { required: state.papers.required, electronic: state.papers.electronic };
        return;
      case "START_CLOCK":
        changed.clockStartedAt = effect.clockStartedAt;
        // The time restarts from zero (Decree 61/2018 art. 17): so do the waits counted against it.
        changed.clockPausedSeconds = 0;
        changed.dueAt = effect.dueAt;
        changed.referenceDueAt = effect.dueAt;
        changed.deadlinePrecision = effect.precision;
        changed.isDueProvisional = effect.isProvisional;
        // What the appointment was computed from, so that it can be replayed on another calendar.
        payload.timeLimit = effect.limit;
        if (effect.hasSameDayCutoff) payload.sameDayCutoff = true;
        payload.dueAt = effect.dueAt.toISOString();
        if (effect.isProvisional) payload.provisional = true;
        return;
      case "OPEN_RECEIPT_LEG": {
        const receiptPlan = state.procedure.plan[0];
        const agencyId = dossier.receivingAgencyId ?? dossier.agencyId;
        const planUnit = receiptPlan ? directory.unitId(agencyId, receiptPlan.unitCode) : null;
        const unitId = actor.kind === "OFFICER" && actor.agencyId === agencyId ? (actor.unitId ?? planUnit) : planUnit;
        const step = addStep({
          kind: "RECEIPT", planStepId: receiptPlan?.id ?? null, agencyId, unitId, handlerId: userId,
          title: receiptPlan?.name ?? "Tiếp nhận hồ sơ", startedAt: now, dueAt: effect.dueAt, duePrecision: "INSTANT",
          completedAt: null, outcome: null, isBounce: false, note: null,
        });
        current = step;
        isCurrentOpen = true;
        changed.currentStepId = step.id;
        changed.currentUnitId = unitId;
        changed.currentHandlerId = userId;
        payload.transferDueAt = effect.dueAt.toISOString();
        return;
      }
      case "PAUSE":
        changed.pausedAt = effect.at;
        return;
      case "RESUME": {
        changed.pausedAt = null;
        changed.pausedSeconds = dossier.pausedSeconds + Math.round(effect.pausedMinutes * 60);
        changed.clockPausedSeconds = dossier.clockPausedSeconds + Math.round(effect.pausedMinutes * 60);
        payload.pausedMinutes = effect.pausedMinutes;
        // Time spent waiting for the applicant does not count against the unit holding the dossier.
        if (current && isCurrentOpen && current.dueAt && effect.pausedMinutes > 0) {
          current = { ...current, dueAt: addWorkingMinutes(current.dueAt, effect.pausedMinutes, calendar) };
          updates.steps.push({ id: current.id, data: { dueAt: current.dueAt } });
        }
        return;
      }
      case "EXTEND_DUE":
      case "SET_DUE":
        changed.dueAt = effect.dueAt;
        changed.referenceDueAt = effect.referenceDueAt;
        changed.isDueProvisional = effect.isProvisional;
        if (effect.type === "SET_DUE") payload.previousDueAt = dossier.dueAt?.toISOString() ?? null;
        payload.dueAt = effect.dueAt.toISOString();
        payload.referenceDueAt = effect.referenceDueAt.toISOString();
        if (effect.isProvisional) payload.provisional = true;
        return;
      case "OPEN_STEP":
        openPlanStep(effect.planPosition, effect.isBounce);
        return;
      case "CLOSE_STEP":
        if (current && isCurrentOpen) payload.closedStep = closeStep(current);
        isCurrentOpen = false;
        return;
      case "OPEN_SUPPLEMENT_REQUEST": {
        if (request.action !== "REQUEST_SUPPLEMENT" || !userId) throw new AppError("FORBIDDEN");
        inserts.supplementRequests.push({
          id: directory.newId(now), dossierId: dossier.id, stage: effect.stage, requestedById: userId, requestedAt: now,
          reason: trimmed(request.reason), items: supplementItems(request.items), fulfilledAt: null,
        });
        // QĐ 766 counts supplement requests after receipt; asking at the desk is not the agency's delay.
        if (effect.stage === "AFTER_RECEIPT") changed.supplementCount = dossier.supplementCount + 1;
        payload.stage = effect.stage;
        return;
      }
      case "CLOSE_SUPPLEMENT_REQUEST":
        for (const open of state.openSupplementRequests) updates.supplementRequests.push({ id: open.id, fulfilledAt: now });
        return;
      case "OPEN_CONSULTATION":
        openConsultation();
        return;
      case "CLOSE_CONSULTATION":
        closeConsultation();
        return;
      case "OPEN_PAYMENT":
        if (request.action !== "REQUEST_PAYMENT") throw new AppError("VALIDATION");
        inserts.payments.push({
          id: directory.newId(now), dossierId: dossier.id, amountVnd: request.amountVnd, reason: trimmed(request.reason),
          requestedAt: now, paidAt: null, method: null, reference: null,
        });
        return;
      case "CLOSE_PAYMENT":
        if (request.action !== "RECORD_PAYMENT") throw new AppError("VALIDATION");
        // Never on the payer's own word: an online payment is the gateway's callback, with its reference.
        if (request.method === "ONLINE" && (actor.kind !== "SYSTEM" || !trimmed(request.reference))) throw new AppError("FORBIDDEN");
        for (const id of state.openPaymentIds) {
          updates.payments.push({ id, paidAt: now, method: request.method, reference: trimmed(request.reference) || null });
        }
        if (request.method === "ONLINE") changed.isPaidOnline = true;
        return;
      case "SET_RESOLUTION":
        changed.resolution = effect.resolution;
        return;
      case "FINISH":
        changed.finishedAt = now;
        changed.timeliness = effect.timeliness;
        payload.timeliness = effect.timeliness;
        // QĐ 766/QĐ-TTg counts a dossier asked to supplement more than once as late.
        payload.statTimeliness = dossier.supplementCount > 1 ? "LATE" : effect.timeliness;
        // How long it really took, for the public "usually resolved in N working days" (stat_duration).
        payload.statWorkingDays = processingWorkingDays({
          clockStartedAt: dossier.clockStartedAt ?? dossier.receivedAt ?? now, finishedAt: now,
          clockPausedSeconds: dossier.clockPausedSeconds, context: calendar,
        });
        addResultDocument();
        return;
      case "RETURN":
        changed.returnedAt = now;
        if (request.action === "RETURN_RESULT" && request.method) changed.returnMethod = request.method;
        return;
      case "CLOSE":
        closeDossier();
        return;
      case "MOVE_DUE": {
        if (request.action !== "ISSUE_APOLOGY" || !userId) throw new AppError("FORBIDDEN");
        changed.dueAt = effect.dueAt;
        changed.hasApology = true;
        changed.isDueProvisional = effect.isProvisional;
        inserts.dueDateChanges.push({
          id: directory.newId(now), dossierId: dossier.id, previousDueAt: effect.previousDueAt, newDueAt: effect.dueAt,
          reason: trimmed(request.reason), issuedById: userId, issuedAt: now,
        });
        payload.previousDueAt = effect.previousDueAt.toISOString();
        payload.dueAt = effect.dueAt.toISOString();
        return;
      }
      case "SET_HANDLER":
        // Only an active officer of the agency and of the step's unit can hold it.
        if (request.action !== "ASSIGN" || !current || !isCurrentOpen) throw new AppError("VALIDATION");
        if (!directory.isEligibleHandler(request.handlerId, dossier.agencyId, current.unitId)) throw new AppError("VALIDATION");
        updates.steps.push({ id: current.id, data: { handlerId: request.handlerId } });
        changed.currentHandlerId = request.handlerId;
        payload.step = { title: current.title };
        return;
      case "RECORD_RATING":
        if (request.action !== "RATE") throw new AppError("VALIDATION");
        inserts.ratings.push({
          id: directory.newId(now), dossierId: dossier.id, userId, overall: request.rating.overall,
          scores: request.rating.scores ?? {}, comment: trimmed(request.rating.comment) || null, createdAt: now,
        });
        payload.overall = request.rating.overall;
        return;
    }
  }

  function openPlanStep(position: number, isBounce: boolean): void {
    const planStep = state.procedure.plan.find((step) => step.position === position);
    if (!planStep) throw new AppError("NO_NEXT_STEP");
    const unitId = directory.unitId(dossier.agencyId, planStep.unitCode);
    const planned: Deadline | null =
      planStep.durationValue !== null && planStep.durationUnit !== null
        ? {
            dueAt: computeDueDate(now, { value: planStep.durationValue, unit: planStep.durationUnit }, {}, calendar),
            precision: precisionOf(planStep.durationUnit),
          }
        : null;
    const isReturn = position === state.procedure.plan.length;
    // The result is handed over when the applicant comes for it, on the appointment: a result
    // ready early does not make the desk late while it waits for the appointment date.
    const deadline: Deadline | null =
      isReturn && dossier.dueAt && (!planned || planned.dueAt.getTime() < dossier.dueAt.getTime())
        ? { dueAt: dossier.dueAt, precision: dossier.deadlinePrecision ?? "DAY" }
        : planned;
    const handlerId = "handlerId" in request ? (request.handlerId ?? null) : null;
    // Only an active officer of the agency (and of the step's unit, when it has one) can hold it.
    if (handlerId && !directory.isEligibleHandler(handlerId, dossier.agencyId, unitId)) throw new AppError("VALIDATION");
    const step = addStep({
      kind: isReturn ? "RETURN" : "PROCESSING", planStepId: planStep.id, agencyId: dossier.agencyId,
      unitId, handlerId, title: planStep.name, startedAt: now, dueAt: deadline?.dueAt ?? null, duePrecision: deadline?.precision ?? null,
      completedAt: null, outcome: null, isBounce, note: null,
    });
    current = step;
    isCurrentOpen = true;
    changed.currentStepId = step.id;
    changed.currentUnitId = unitId;
    changed.currentHandlerId = handlerId;
    if (isBounce) changed.bounceCount = dossier.bounceCount + 1;
    payload.step = { position, title: planStep.name, unitCode: planStep.unitCode, dueAt: deadline?.dueAt.toISOString() ?? null, isBounce };
  }

  function openConsultation(): void {
    if (request.action !== "CONSULT") throw new AppError("VALIDATION");
    const name = directory.agencyName(request.agencyId);
    if (!name || request.agencyId === dossier.agencyId) throw new AppError("VALIDATION");
    const consultationId = directory.newId(now);
    inserts.consultations.push({
      id: consultationId, dossierId: dossier.id, agencyId: request.agencyId, unitId: null, question: trimmed(request.question),
      requestedAt: now, dueAt: request.dueAt, repliedAt: null, reply: null,
    });
    addStep({
      kind: "CONSULTATION", planStepId: null, agencyId: request.agencyId, unitId: null, handlerId: null, title: `Lấy ý kiến: ${name}`,
      startedAt: now, dueAt: request.dueAt, duePrecision: "DAY", completedAt: null, outcome: null, isBounce: false, note: consultationId,
    });
    Object.assign(payload, { consultationId, consultedAgencyId: request.agencyId, dueAt: request.dueAt.toISOString() });
  }

  function closeConsultation(): void {
    if (request.action !== "RECORD_CONSULTATION_REPLY") throw new AppError("VALIDATION");
    const consultation = state.openConsultations.find((open) => open.id === request.consultationId);
    if (!consultation) throw new AppError("CONSULTATION_NOT_FOUND");
    if (actor.kind === "OFFICER" && ![consultation.agencyId, dossier.agencyId].includes(actor.agencyId)) throw new AppError("FORBIDDEN");
    updates.consultations.push({ id: consultation.id, repliedAt: now, reply: trimmed(request.reply) });
    const leg = state.steps.find((step) => step.kind === "CONSULTATION" && step.note === consultation.id && !step.completedAt);
    const outcome = leg ? closeStep(leg).outcome : judgeTimeliness(now, { dueAt: consultation.dueAt, precision: "DAY" });
    Object.assign(payload, { consultationId: consultation.id, outcome });
  }

  function addResultDocument(): void {
    if (request.action !== "MARK_RESULT_READY" || !request.resultDocument) throw new AppError("RESULT_DOCUMENT_REQUIRED");
    const { isSigned, ...file } = request.resultDocument;
    const document = { id: directory.newId(now), dossierId: dossier.id, kind: "RESULT" as const, ...file, uploadedById: userId, createdAt: now };
    inserts.documents.push(document);
    // The trail keeps the issued file's hash (the one the public verification shows) and the upload's,
    // and whether it is an electronic result: signed digitally by the agency (national-index.md).
    Object.assign(payload, { resultDocumentId: document.id, resultSha256: document.sha256, resultSigned: isSigned === true });
    if (document.originalSha256) payload.originalSha256 = document.originalSha256;
  }

  /** A closed dossier leaves no queue holding it: its open legs end now, its pause too. */
  function closeDossier(): void {
    changed.closedAt = now;
    // Closed while waiting for the applicant: the wait does not count against the unit's leg.
    if (dossier.pausedAt && current && isCurrentOpen && current.dueAt) {
      const waited = workingMinutesBetween(dossier.pausedAt, now, calendar);
      if (waited > 0) {
        current = { ...current, dueAt: addWorkingMinutes(current.dueAt, waited, calendar) };
        updates.steps.push({ id: current.id, data: { dueAt: current.dueAt } });
      }
    }
    if (plan.to !== "RETURNED" && current && isCurrentOpen) payload.closedStep = closeStep(current);
    for (const open of state.openConsultations) {
      const leg = state.steps.find((step) => step.kind === "CONSULTATION" && step.note === open.id && !step.completedAt);
      if (leg) closeStep(leg);
    }
    changed.currentHandlerId = null;
    changed.currentUnitId = null;
    changed.currentStepId = null;
    if (dossier.pausedAt) {
      changed.pausedAt = null;
      const waited = Math.round(workingMinutesBetween(dossier.pausedAt, now, calendar) * 60);
      changed.pausedSeconds = dossier.pausedSeconds + waited;
      changed.clockPausedSeconds = dossier.clockPausedSeconds + waited;
    }
  }

  /** The reasons and other words of the action, for the trail (never personal data). */
  function addRequestPayload(): void {
    switch (request.action) {
      case "SAVE_DRAFT":
        if (request.formData) {
          changed.formData = request.formData;
          payload.fields = Object.keys(request.formData).length;
        }
        if (request.applicant) {
          changed.applicantSnapshot = request.applicant.snapshot;
          changed.applicantType = request.applicant.applicantType;
          changed.organizationId = request.applicant.organizationId;
          payload.applicantType = request.applicant.applicantType;
        }
        return;
      case "SUBMIT": {
        changed.submittedAt = now;
        // How the applicant was identified when the dossier was sent: the national index counts
        // online dossiers sent with a VNeID sign-in (Decision 766/QĐ-TTg; DOMAIN §10).
        const identifiedBy = actor.kind === "RESIDENT" ? (actor.isVneid === true ? "VNEID" : "EMAIL_CODE") : "DESK";
        changed.isVneidAuthenticated = identifiedBy === "VNEID";
        payload.identifiedBy = identifiedBy;
        return;
      }
      case "REFUSE_AT_RECEIPT":
      case "SEND_BACK":
      case "REFUSE_TO_RESOLVE":
      case "STOP":
      case "ISSUE_APOLOGY":
      case "RECOMPUTE_DUE_DATE":
        payload.reason = trimmed(request.reason);
        return;
      case "REQUEST_SUPPLEMENT":
        payload.reason = trimmed(request.reason);
        payload.items = supplementItems(request.items);
        return;
      case "SUPPLEMENT":
        payload.documents = request.documentIds?.length ?? 0;
        return;
      case "FORWARD":
      case "COMPLETE_STEP":
      case "APPROVE":
        if (trimmed(request.note)) payload.note = trimmed(request.note);
        return;
      case "CONSULT":
        payload.question = trimmed(request.question);
        return;
      case "REQUEST_PAYMENT":
        payload.amountVnd = request.amountVnd;
        payload.reason = trimmed(request.reason);
        return;
      case "RECORD_PAYMENT":
        payload.method = request.method;
        return;
      case "RETURN_RESULT":
        payload.method = request.method ?? "AT_DESK";
        return;
      default:
        return;
    }
  }
}

function supplementItems(items: readonly { name: string; note?: string }[]): { name: string; note?: string }[] {
  return items.map((item) => ({ name: item.name.trim(), ...(item.note?.trim() ? { note: item.note.trim() } : {}) }));
}

/** A control-slip row's deadline; rows from before precision was stored are judged by the instant. */
export function deadlineOf(step: Pick<StepRow, "dueAt" | "duePrecision">): Deadline {
  return { dueAt: step.dueAt!, precision: step.duePrecision ?? "INSTANT" };
}
