// Whose dossier it is to act on (pure; the query has already limited what the actor can see,
// lib/dossiers/visibility.ts). Seeing a dossier, as the receiving or a consulted agency, is not a
// licence to decide on it; and once a unit holds it, only that unit or the leaders move it on.
import type { Actor } from "./actor";
import { currentStepOf, type DossierState } from "./state";
import { scopeOf, type DossierAction } from "./workflow";

/** Actions taken on the step in hand: only its unit (or the agency's leaders) may take them. */
const STEP_ACTIONS: readonly DossierAction[] = ["ASSIGN", "FORWARD", "COMPLETE_STEP", "SEND_BACK", "CONSULT", "REQUEST_SUPPLEMENT", "REQUEST_PAYMENT"];

/**
 * Each action's scope in the workflow table names the agencies whose officers may take it: the
 * competent agency always; the desk where the dossier was handed in for the desk's own work
 * (receipt, supplements at the desk, payment, return, and the hand-over while it still holds the
 * receipt leg); a consulted agency only to answer its consultation (checked by the effects).
 */
export function isInScope(actor: Actor, state: DossierState, action: DossierAction): boolean {
  if (actor.kind !== "OFFICER") return true;
  const { dossier } = state;
  if (actor.agencyId === dossier.agencyId) return true;
  const scope = scopeOf(action);
  if (scope === "COMPETENT_OR_RECEIVING") {
    if (actor.agencyId !== dossier.receivingAgencyId) return false;
    const current = currentStepOf(state);
    return !(action === "FORWARD" && current && current.kind !== "RECEIPT");
  }
  return scope === "COMPETENT_OR_CONSULTED";
}

/**
 * Against "pushing responsibility around" (docs/domain/workflow.md): once a unit holds the
 * dossier, another unit cannot move it; the leaders of the agency holding it can. A step whose
 * unit is unknown is the leaders' to move.
 */
export function holdsCurrentStep(actor: Actor, state: DossierState, action: DossierAction): boolean {
  const current = currentStepOf(state);
  if (actor.kind !== "OFFICER" || !STEP_ACTIONS.includes(action) || !current) return true;
  if (actor.agencyId !== current.agencyId) return false;
  if (actor.officerRole === "AGENCY_LEADER") return true;
  // The one-stop desk's own legs (receipt, return) are any desk officer's of that agency.
  if ((current.kind === "RECEIPT" || current.kind === "RETURN") && actor.officerRole === "DESK_OFFICER") return true;
  return current.unitId !== null && actor.unitId === current.unitId;
}
