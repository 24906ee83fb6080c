// Who is competent for a procedure at an instant when delegations (ủy quyền) are in force, and where
// a dossier goes: the routing rule of docs/domain/delegation.md. Pure: the delegations, the
// agencies' facts and the instant are arguments; the commands read them from the database, the
// history generator from its world, the tests from tables.
//
// - A delegation applies from 00:00 (Asia/Ho_Chi_Minh) of its first day through its last day, and
//   until the instant it is revoked.
// - While it applies, new dossiers of the procedures it covers that would go to its delegator go to
//   its delegate (Decree 118/2025: routed to the competent authority, wherever handed in).
// - A dossier received stays with the agency that received it to its end: the clock, the control
//   slip and the dossier code are that agency's. A dossier filed before the first day and not yet
//   received stays with the delegator unless the decision hands those over too.
import { localDateOf, type DateKey } from "@/lib/calendar/local-time";

export type DelegateGroup = "COMMUNES";
export type AgencyLevel = "CENTRAL" | "PROVINCE" | "COMMUNE";
export type AgencyKind = "PEOPLES_COMMITTEE" | "DEPARTMENT" | "SERVICE_CENTRE" | "POLICE" | "OTHER";

/** What the rule reads of an agency: its level and kind (for groups) and its validity. */
export type AgencyFacts = { id: string; level: AgencyLevel; kind: AgencyKind; validFrom: DateKey | null; validTo: DateKey | null };

export type DelegationRule = {
  id: string;
  delegatorId: string;
  delegate: { agencyId: string } | { group: DelegateGroup };
  scope: { procedureId: string } | { fieldId: string };
  /** First local day it applies, and the last (inclusive; null: open-ended). */
  validFrom: DateKey;
  validUntil: DateKey | null;
  /** From this instant no dossier is routed under it. */
  revokedAt: Date | null;
  delegatorKeepsFiledBefore: boolean;
  decision: { number: string; date: DateKey };
};

/** A procedure as routing sees it: its field and the agencies implementing it in their own right. */
export type ProcedureFacts = { id: string; fieldId: string; implementerIds: readonly string[] };

/** What a dossier's trail, receipt and result say of the delegation it was routed under. */
export type DelegationMention = { delegationId: string; delegatorId: string; decisionNumber: string; decisionDate: DateKey };

export const mentionOf = (delegation: DelegationRule): DelegationMention => ({
  delegationId: delegation.id,
  delegatorId: delegation.delegatorId,
  decisionNumber: delegation.decision.number,
  decisionDate: delegation.decision.date,
});

export function isValidOn(agency: Pick<AgencyFacts, "validFrom" | "validTo">, date: DateKey): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || date <= agency.validTo);
}

/** Whether the delegation applies at the instant: its days, in Hà Nội's time, and not yet revoked. */
export function isInForce(delegation: Pick<DelegationRule, "validFrom" | "validUntil" | "revokedAt">, at: Date): boolean {
  const day = localDateOf(at);
  if (day < delegation.validFrom) return false;
  if (delegation.validUntil !== null && day > delegation.validUntil) return false;
  return delegation.revokedAt === null || at.getTime() < delegation.revokedAt.getTime();
}

/** A group's members on a day: every commune and ward People's Committee in force that day. */
export function isMemberOf(agency: AgencyFacts, group: DelegateGroup, day: DateKey): boolean {
  switch (group) {
    case "COMMUNES":
      return agency.level === "COMMUNE" && agency.kind === "PEOPLES_COMMITTEE" && isValidOn(agency, day);
  }
}

export function isDelegateOf(delegation: DelegationRule, agency: AgencyFacts, day: DateKey): boolean {
  return "agencyId" in delegation.delegate ? delegation.delegate.agencyId === agency.id : isMemberOf(agency, delegation.delegate.group, day);
}

/** A delegator delegates only what it implements itself: a field covers those of its procedures. */
export function covers(delegation: DelegationRule, procedure: ProcedureFacts): boolean {
  const inScope = "procedureId" in delegation.scope ? delegation.scope.procedureId === procedure.id : delegation.scope.fieldId === procedure.fieldId;
  return inScope && procedure.implementerIds.includes(delegation.delegatorId);
}

/**
 * The delegation under which a delegator's dossiers of the procedure go elsewhere at the instant,
 * or null. A delegation of the procedure itself wins over one of its whole field; between two of
 * the same kind (the commands refuse overlaps) the later start, then the later id.
 */
export function delegationOf(procedure: ProcedureFacts, delegatorId: string, delegations: readonly DelegationRule[], at: Date): DelegationRule | null {
  let best: DelegationRule | null = null;
  for (const delegation of delegations) {
    if (delegation.delegatorId !== delegatorId || !covers(delegation, procedure) || !isInForce(delegation, at)) continue;
    if (best === null || rank(delegation) > rank(best)) best = delegation;
  }
  return best;
}

const rank = (delegation: DelegationRule): string => `${"procedureId" in delegation.scope ? 1 : 0}|${delegation.validFrom}|${delegation.id}`;

export type Competence = { ok: true; delegation: DelegationRule | null } | { ok: false };

/**
 * Whether the agency may take new dossiers of the procedure at the instant: in its own right (it
 * implements the procedure and has not delegated it), or as the delegate of a delegation in force.
 * Its own right comes first: a ward that already implements a procedure does not need a delegation.
 */
export function competenceOf(agency: AgencyFacts, procedure: ProcedureFacts, delegations: readonly DelegationRule[], at: Date): Competence {
  const day = localDateOf(at);
  if (!isValidOn(agency, day)) return { ok: false };
  if (procedure.implementerIds.includes(agency.id) && delegationOf(procedure, agency.id, delegations, at) === null) return { ok: true, delegation: null };
  for (const delegatorId of procedure.implementerIds) {
    const delegation = delegationOf(procedure, delegatorId, delegations, at);
    if (delegation && isDelegateOf(delegation, agency, day)) return { ok: true, delegation };
  }
  return { ok: false };
}

export type Route =
  | { kind: "ROUTED"; agencyId: string; delegation: DelegationRule | null }
  /** Where it is: received already, or filed before a delegation whose delegator keeps those. */
  | { kind: "STAYS" }
  /** Delegated to a group: whoever files or receives it names the member (the applicant's ward). */
  | { kind: "CHOOSE_DELEGATE"; delegation: DelegationRule }
  | { kind: "NOT_COMPETENT" };

/**
 * A new dossier filed at `at`, addressed to an agency (the one the applicant chose, the desk's own
 * at the counter): the agency itself if it is competent, else the delegate of the delegation that
 * moved the addressed agency's dossiers away. `chosen` is the member of a delegate group named by
 * whoever files (the applicant's ward), used only when the addressed agency is the delegator.
 */
export function routeNewDossier(args: {
  procedure: ProcedureFacts;
  addressedTo: AgencyFacts;
  chosen?: AgencyFacts | null;
  delegations: readonly DelegationRule[];
  at: Date;
}): Route {
  const { procedure, addressedTo, delegations, at } = args;
  const competence = competenceOf(addressedTo, procedure, delegations, at);
  if (competence.ok) return { kind: "ROUTED", agencyId: addressedTo.id, delegation: competence.delegation };
  if (!procedure.implementerIds.includes(addressedTo.id)) return { kind: "NOT_COMPETENT" };
  const delegation = delegationOf(procedure, addressedTo.id, delegations, at);
  return delegation ? toDelegate(procedure, delegation, args.chosen ?? null, delegations, at) : { kind: "NOT_COMPETENT" };
}

/**
 * The delegate that takes the delegator's dossier: the one agency, or the member of the group named.
 * A delegate that implements the procedure in its own right takes it in its own name, as
 * competenceOf() says.
 */
function toDelegate(procedure: ProcedureFacts, delegation: DelegationRule, chosen: AgencyFacts | null, delegations: readonly DelegationRule[], at: Date): Route {
  const target = "agencyId" in delegation.delegate ? delegation.delegate.agencyId : chosen && isMemberOf(chosen, delegation.delegate.group, localDateOf(at)) ? chosen.id : null;
  if (target === null) return { kind: "CHOOSE_DELEGATE", delegation };
  const ownRight = procedure.implementerIds.includes(target) && delegationOf(procedure, target, delegations, at) === null;
  return { kind: "ROUTED", agencyId: target, delegation: ownRight ? null : delegation };
}

/** A dossier as routing sees it after it was started. */
export type RoutedDossier = {
  agencyId: string;
  /** When it was filed (sent, or handed in at the counter); null while a draft. */
  filedAt: Date | null;
  receivedAt: Date | null;
  delegationId: string | null;
};

/**
 * Where a dossier goes when it is acted on at `at`:
 * - a draft is filed now: routed as a new dossier, addressed to the agency it was started at;
 * - a received dossier stays with its agency to the end, whatever starts, ends or is revoked
 *   meanwhile (its clock, control slip and code are that agency's);
 * - one filed but not yet received stays with the agency it was filed with, unless it was filed
 *   before a delegation of that agency that now applies and whose decision hands over the dossiers
 *   filed before its start: then the delegate receives it.
 */
export function routeDossier(args: {
  procedure: ProcedureFacts;
  dossier: RoutedDossier;
  agency: AgencyFacts;
  chosen?: AgencyFacts | null;
  delegations: readonly DelegationRule[];
  at: Date;
}): Route {
  const { procedure, dossier, delegations, at } = args;
  if (dossier.filedAt === null) return routeNewDossier({ procedure, addressedTo: args.agency, chosen: args.chosen, delegations, at });
  if (dossier.receivedAt !== null || dossier.delegationId !== null) return { kind: "STAYS" };
  const delegation = delegationOf(procedure, dossier.agencyId, delegations, at);
  // Anything filed with the delegator while the delegation applied was routed then (it carries the
  // delegation); what is left was filed before it applied, or before it was recorded.
  if (!delegation || delegation.delegatorKeepsFiledBefore) return { kind: "STAYS" };
  return toDelegate(procedure, delegation, args.chosen ?? null, delegations, at);
}

export type DelegationStatus = "UPCOMING" | "ACTIVE" | "ENDED" | "REVOKED";

/** How a delegation stands at the instant, as the administration and the procedure's page say it. */
export function statusOf(delegation: Pick<DelegationRule, "validFrom" | "validUntil" | "revokedAt">, at: Date): DelegationStatus {
  if (delegation.revokedAt !== null && at.getTime() >= delegation.revokedAt.getTime()) return "REVOKED";
  const day = localDateOf(at);
  if (day < delegation.validFrom) return "UPCOMING";
  return delegation.validUntil !== null && day > delegation.validUntil ? "ENDED" : "ACTIVE";
}

/** Whether the agency was the delegate on some day of [from, to] (a ward created or merged away meanwhile counts for its days). */
export function isDelegateDuring(delegation: DelegationRule, agency: AgencyFacts, from: DateKey, to: DateKey): boolean {
  if ("agencyId" in delegation.delegate) return delegation.delegate.agencyId === agency.id;
  const first = agency.validFrom !== null && agency.validFrom > from ? agency.validFrom : from;
  return first <= to && (agency.validTo === null || agency.validTo >= first) && isMemberOf(agency, delegation.delegate.group, first);
}
