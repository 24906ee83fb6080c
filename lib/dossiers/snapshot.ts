// The snapshot a plan leads to, applied in memory. The commands write the same changes to the
// database; tests use this to walk random sequences of actions and check the invariants.
import type { DossierSnapshot, DossierStatus, TransitionPlan } from "./workflow";

export function applyPlan(snapshot: DossierSnapshot, plan: TransitionPlan, now: Date): DossierSnapshot {
  const next: DossierSnapshot = { ...snapshot, status: plan.to };
  for (const effect of plan.effects) {
    switch (effect.type) {
      case "START_CLOCK":
        next.receivedAt ??= now;
        next.dueAt = effect.dueAt;
        next.originalDueAt = null;
        break;
      case "PAUSE":
        next.pausedAt = effect.at;
        break;
      case "RESUME":
        next.pausedAt = null;
        break;
      case "EXTEND_DUE":
        next.dueAt = effect.dueAt;
        break;
      case "MOVE_DUE":
        next.originalDueAt = effect.previousDueAt;
        next.dueAt = effect.dueAt;
        next.hasApology = true;
        break;
      case "OPEN_STEP":
        next.currentPlanPosition = effect.planPosition;
        next.isCurrentStepOpen = true;
        break;
      case "CLOSE_STEP":
        next.isCurrentStepOpen = false;
        break;
      case "OPEN_SUPPLEMENT_REQUEST":
        next.supplementStage = effect.stage;
        break;
      case "CLOSE_SUPPLEMENT_REQUEST":
        next.supplementStage = null;
        break;
      case "OPEN_CONSULTATION":
        next.openConsultations += 1;
        break;
      case "CLOSE_CONSULTATION":
        next.openConsultations -= 1;
        break;
      case "SET_RESOLUTION":
        next.resolution = effect.resolution;
        break;
      case "RECORD_RATING":
        next.isRated = true;
        break;
      default:
        break;
    }
  }
  return next;
}

const CLOCKED: readonly DossierStatus[] = ["RECEIVED", "IN_PROCESSING", "AWAITING_PAYMENT", "RESOLVED", "RETURNED"];

/** The invariants every reachable dossier keeps; returns the broken ones (empty when valid). */
export function brokenInvariants(snapshot: DossierSnapshot): string[] {
  const broken: string[] = [];
  if (CLOCKED.includes(snapshot.status) && (!snapshot.receivedAt || !snapshot.dueAt)) broken.push("clocked without due date");
  if (snapshot.status === "SUPPLEMENT_REQUESTED" && !snapshot.supplementStage) broken.push("supplement without request");
  if (snapshot.status !== "SUPPLEMENT_REQUESTED" && snapshot.supplementStage) broken.push("request left open");
  if ((snapshot.status === "RESOLVED" || snapshot.status === "RETURNED") && !snapshot.resolution) broken.push("resolved without decision");
  if (snapshot.openConsultations < 0) broken.push("negative consultations");
  const position = snapshot.currentPlanPosition;
  if (position !== null && (position < 2 || position > snapshot.planStepCount)) broken.push("step outside the plan");
  if (snapshot.status === "SUPPLEMENT_REQUESTED" && snapshot.supplementStage === "AFTER_RECEIPT" && !snapshot.pausedAt) {
    broken.push("supplement wait without pause");
  }
  if (snapshot.status === "AWAITING_PAYMENT" && !snapshot.pausedAt) broken.push("payment wait without pause");
  return broken;
}
