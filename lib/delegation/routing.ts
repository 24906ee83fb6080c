import "server-only";
// The routing rule (rules.ts) fed from the database: a procedure's implementers and the delegations
// that may concern it (a few rows, through the indexes on procedure and field), and the facts of
// the agencies it names. Used where a dossier is filed (createDraft, submitDossier) and received
// (the desk), and by the lists of what an agency or the wizard offers.
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import type { Routing } from "@/lib/dossiers/requests";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/dossiers/actor";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";
import type { Prisma } from "@/prisma/generated/client";
import { competenceOf, isMemberOf, mentionOf, routeDossier, type AgencyFacts, type DelegationRule, type ProcedureFacts, type Route, type RoutedDossier } from "./rules";

type Client = Pick<Prisma.TransactionClient, "procedure" | "delegation" | "agency" | "dossier">;

const dateKey = (date: Date): string => date.toISOString().slice(0, 10);

export const DELEGATION_RULE_SELECT = {
  id: true, delegatorId: true, delegateAgencyId: true, delegateGroup: true, procedureId: true, fieldId: true,
  validFrom: true, validUntil: true, revokedAt: true, delegatorKeepsFiledBefore: true, decisionNumber: true, decisionDate: true,
} satisfies Prisma.DelegationSelect;

type DelegationRow = Prisma.DelegationGetPayload<{ select: typeof DELEGATION_RULE_SELECT }>;

/** A stored delegation as the rule reads it (dates as Hà Nội's days: `date` columns hold them at UTC midnight). */
export function ruleOf(row: DelegationRow): DelegationRule {
  return {
    id: row.id,
    delegatorId: row.delegatorId,
    delegate: row.delegateAgencyId ? { agencyId: row.delegateAgencyId } : { group: row.delegateGroup ?? "COMMUNES" },
    scope: row.procedureId ? { procedureId: row.procedureId } : { fieldId: row.fieldId! },
    validFrom: dateKey(row.validFrom),
    validUntil: row.validUntil ? dateKey(row.validUntil) : null,
    revokedAt: row.revokedAt,
    delegatorKeepsFiledBefore: row.delegatorKeepsFiledBefore,
    decision: { number: row.decisionNumber, date: dateKey(row.decisionDate) },
  };
}

const AGENCY_FACTS = { id: true, level: true, kind: true, validFrom: true, validTo: true } satisfies Prisma.AgencySelect;

export function factsOf(row: Prisma.AgencyGetPayload<{ select: typeof AGENCY_FACTS }>): AgencyFacts {
  return { id: row.id, level: row.level, kind: row.kind, validFrom: row.validFrom ? dateKey(row.validFrom) : null, validTo: row.validTo ? dateKey(row.validTo) : null };
}

export async function agencyFactsOf(client: Client, ids: readonly string[]): Promise<Map<string, AgencyFacts>> {
  const rows = await client.agency.findMany({ where: { id: { in: [...new Set(ids)] } }, select: AGENCY_FACTS });
  return new Map(rows.map((row) => [row.id, factsOf(row)]));
}

/** A procedure's routing facts and every delegation of it or of its field (ended ones included: the rule says which apply). */
export async function routingFactsOf(client: Client, procedureId: string): Promise<{ procedure: ProcedureFacts; delegations: DelegationRule[] } | null> {
  const procedure = await client.procedure.findUnique({ where: { id: procedureId }, select: { id: true, fieldId: true, isActive: true, agencies: { select: { agencyId: true } } } });
  if (!procedure || !procedure.isActive) return null;
  const rows = await client.delegation.findMany({ where: { OR: [{ procedureId }, { fieldId: procedure.fieldId }] }, select: DELEGATION_RULE_SELECT });
  return {
    procedure: { id: procedure.id, fieldId: procedure.fieldId, implementerIds: procedure.agencies.map((row) => row.agencyId) },
    delegations: rows.map(ruleOf),
  };
}

export const routingOfRoute = (route: Extract<Route, { kind: "ROUTED" }>): Routing => ({
  agencyId: route.agencyId,
  delegation: route.delegation ? mentionOf(route.delegation) : null,
});

/** Refusals a filer or the desk can act on: name the ward, or file with an agency that handles the procedure. */
function refuse(route: Exclude<Route, { kind: "ROUTED" | "STAYS" }>): never {
  if (route.kind === "CHOOSE_DELEGATE") throw new AppError("DELEGATE_REQUIRED");
  throw new AppError("NOT_COMPETENT");
}

/**
 * Where a new dossier of the procedure addressed to an agency goes at `now` (createDraft): the
 * agency, or its delegate. Not competent at all is "not found", as an agency that does not
 * implement the procedure always was.
 */
export async function routeNew(client: Client, args: { procedureId: string; agencyId: string; chosenAgencyId?: string | null; now: Date }): Promise<Routing> {
  const facts = await routingFactsOf(client, args.procedureId);
  if (!facts) throw new AppError("NOT_FOUND");
  // Without any delegation of the procedure: its implementers, as before delegations existed.
  if (facts.delegations.length === 0) {
    if (!facts.procedure.implementerIds.includes(args.agencyId)) throw new AppError("NOT_FOUND");
    return { agencyId: args.agencyId, delegation: null };
  }
  const agencies = await agencyFactsOf(client, [args.agencyId, ...(args.chosenAgencyId ? [args.chosenAgencyId] : [])]);
  const addressedTo = agencies.get(args.agencyId);
  if (!addressedTo) throw new AppError("NOT_FOUND");
  const dossier: RoutedDossier = { agencyId: args.agencyId, filedAt: null, receivedAt: null, delegationId: null };
  const route = routeDossier({ ...facts, dossier, agency: addressedTo, chosen: args.chosenAgencyId ? agencies.get(args.chosenAgencyId) : null, at: args.now });
  if (route.kind === "ROUTED") return routingOfRoute(route);
  if (route.kind === "NOT_COMPETENT") throw new AppError("NOT_FOUND");
  return refuse(route as Exclude<Route, { kind: "ROUTED" | "STAYS" }>);
}

/**
 * Where a dossier goes when it is sent (a draft: filed now) or received (filed before a delegation
 * whose decision hands those over): the routing the action carries, or null when it stays.
 */
export async function routeExisting(client: Client, args: { dossierId: string; actor: Actor; chosenAgencyId?: string | null; now: Date }): Promise<Routing | null> {
  const dossier = await client.dossier.findFirst({
    where: { AND: [{ id: args.dossierId }, dossierVisibleTo(args.actor)] },
    select: { agencyId: true, procedureId: true, status: true, submittedAt: true, receivedAt: true, delegationId: true },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  const facts = await routingFactsOf(client, dossier.procedureId);
  if (!facts) throw new AppError("NOT_FOUND");
  // Without any delegation of the procedure nothing moves (and nothing changes from before delegations existed).
  if (facts.delegations.length === 0) return null;
  const agencies = await agencyFactsOf(client, [dossier.agencyId, ...(args.chosenAgencyId ? [args.chosenAgencyId] : [])]);
  const route = routeDossier({
    ...facts,
    dossier: { agencyId: dossier.agencyId, filedAt: dossier.status === "DRAFT" ? null : (dossier.submittedAt ?? args.now), receivedAt: dossier.receivedAt, delegationId: dossier.delegationId },
    agency: agencies.get(dossier.agencyId)!,
    chosen: args.chosenAgencyId ? agencies.get(args.chosenAgencyId) : null,
    at: args.now,
  });
  if (route.kind === "STAYS") return null;
  if (route.kind === "ROUTED") return routingOfRoute(route);
  return refuse(route);
}

/** Whether the agency takes new dossiers of the procedure now, and under which delegation. */
export async function competenceNow(procedureId: string, agencyId: string, now: Date): Promise<{ ok: boolean; delegationId: string | null }> {
  const facts = await routingFactsOf(db, procedureId);
  const agency = (await agencyFactsOf(db, [agencyId])).get(agencyId);
  if (!facts || !agency) return { ok: false, delegationId: null };
  const competence = competenceOf(agency, facts.procedure, facts.delegations, now);
  return competence.ok ? { ok: true, delegationId: competence.delegation?.id ?? null } : { ok: false, delegationId: null };
}

/**
 * The agencies that take new dossiers of the procedure now (the wizard's choice): its implementers
 * that have not delegated it, and the delegates of those that have (every member of a group on
 * today's date). One read of the group's members, by level and kind.
 */
export async function competentAgencyIds(procedureId: string, now: Date): Promise<string[]> {
  const facts = await routingFactsOf(db, procedureId);
  if (!facts) return [];
  const day = localDateOf(now);
  const named = new Set<string>(facts.procedure.implementerIds);
  for (const delegation of facts.delegations) if ("agencyId" in delegation.delegate) named.add(delegation.delegate.agencyId);
  const hasGroup = facts.delegations.some((delegation) => "group" in delegation.delegate);
  const candidates = await db.agency.findMany({
    where: { OR: [{ id: { in: [...named] } }, ...(hasGroup ? [{ level: "COMMUNE" as const, kind: "PEOPLES_COMMITTEE" as const }] : [])] },
    select: AGENCY_FACTS,
  });
  return candidates
    .map(factsOf)
    .filter((agency) => (named.has(agency.id) || isMemberOf(agency, "COMMUNES", day)) && competenceOf(agency, facts.procedure, facts.delegations, now).ok)
    .map((agency) => agency.id);
}

/**
 * Of the procedures an agency might take (`candidates`: its own and those delegated to it), those
 * it takes now: what it delegated away is gone from its desk, what was delegated to it is there.
 */
export async function proceduresTakenBy(agencyId: string, now: Date, where: Prisma.ProcedureWhereInput): Promise<string[]> {
  const agency = (await agencyFactsOf(db, [agencyId])).get(agencyId);
  if (!agency) return [];
  const delegated = await db.delegation.findMany({
    where: { OR: [{ delegateAgencyId: agencyId }, ...(isMemberOf(agency, "COMMUNES", localDateOf(now)) ? [{ delegateGroup: "COMMUNES" as const }] : [])] },
    select: { procedureId: true, fieldId: true, delegatorId: true },
  });
  const candidates = await db.procedure.findMany({
    where: {
      AND: [
        where,
        {
          OR: [
            { agencies: { some: { agencyId } } },
            { id: { in: delegated.flatMap((row) => (row.procedureId ? [row.procedureId] : [])) } },
            ...delegated.flatMap((row) => (row.fieldId ? [{ fieldId: row.fieldId, agencies: { some: { agencyId: row.delegatorId } } }] : [])),
          ],
        },
      ],
    },
    select: { id: true, fieldId: true, agencies: { select: { agencyId: true } } },
  });
  if (candidates.length === 0) return [];
  const rules = (
    await db.delegation.findMany({
      where: { OR: [{ procedureId: { in: candidates.map((row) => row.id) } }, { fieldId: { in: [...new Set(candidates.map((row) => row.fieldId))] } }] },
      select: DELEGATION_RULE_SELECT,
    })
  ).map(ruleOf);
  return candidates
    .filter((row) => {
      const procedure: ProcedureFacts = { id: row.id, fieldId: row.fieldId, implementerIds: row.agencies.map((link) => link.agencyId) };
      if (rules.length === 0) return procedure.implementerIds.includes(agencyId);
      return competenceOf(agency, procedure, rules, now).ok;
    })
    .map((row) => row.id);
}
