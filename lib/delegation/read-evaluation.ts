import "server-only";
// The evaluation of one delegation read off the statistics rollups (never the dossier table):
// for each window, the flows of its procedures per agency (whole months from stat_monthly, the
// cut months' days from stat_daily, through the (procedure, month) and (procedure, day) indexes),
// and the working-days histogram: the procedures' own sums (stat_duration_scope), less the
// delegator's and any other agency's (stat_duration, one agency each), the rest being the
// delegates'. So a delegation to all 126 wards reads the wards' monthly rows, not their daily
// histograms. What each read is bounded by: docs/domain/delegation.md.
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { splitIntoMonthsAndDays } from "@/lib/statistics/period";
import { Prisma } from "@/prisma/generated/client";
import { addSums, emptySums, evaluationOf, evaluationWindows, type Evaluation, type SideSums, type Window } from "./evaluation";
import { delegationById, type DelegationListItem } from "./queries";
import { agencyFactsOf, ruleOf } from "./routing";
import { isDelegateDuring, type DelegationRule } from "./rules";

type FlowRow = {
  agency_id: string; received: number; received_online: number; resolved_early: number; resolved_on_time: number; resolved_late: number;
  supplement_requests: number; ratings: number; ratings_satisfied: number;
};

/** The flows of the procedures over a window, per agency. */
async function flowsByAgency(procedureIds: string[], window: Window): Promise<FlowRow[]> {
  const { months, days } = splitIntoMonthsAndDays(window.from, window.to);
  const columns = Prisma.sql`agency_id, received, CASE WHEN channel = 'ONLINE' THEN received ELSE 0 END AS received_online, resolved_early, resolved_on_time, resolved_late, supplement_requests, ratings, ratings_satisfied`;
  const parts: Prisma.Sql[] = [];
  if (months.length > 0) parts.push(Prisma.sql`SELECT ${columns} FROM stat_monthly WHERE procedure_id = ANY(${procedureIds}::uuid[]) AND month = ANY(${months}::date[])`);
  for (const span of days) parts.push(Prisma.sql`SELECT ${columns} FROM stat_daily WHERE procedure_id = ANY(${procedureIds}::uuid[]) AND day BETWEEN ${span.from}::date AND ${span.to}::date`);
  const rows = await db.$queryRaw<FlowRow[]>`
    SELECT agency_id::text, sum(received)::int AS received, sum(received_online)::int AS received_online, sum(resolved_early)::int AS resolved_early,
      sum(resolved_on_time)::int AS resolved_on_time, sum(resolved_late)::int AS resolved_late, sum(supplement_requests)::int AS supplement_requests,
      sum(ratings)::int AS ratings, sum(ratings_satisfied)::int AS ratings_satisfied
    FROM (${Prisma.join(parts, " UNION ALL ")}) AS t GROUP BY agency_id`;
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key === "agency_id" ? value : Number(value)])) as FlowRow);
}

/** The procedures' histogram over a window (all agencies), and that of some agencies. */
async function histograms(procedureIds: string[], window: Window, agencyIds: string[]): Promise<{ total: Map<number, number>; byAgency: Map<string, Map<number, number>> }> {
  const total = await db.$queryRaw<{ working_days: number; n: number }[]>`
    SELECT working_days, sum(count)::int AS n FROM stat_duration_scope
    WHERE scope = 'PROCEDURE' AND scope_id = ANY(${procedureIds}::uuid[]) AND day BETWEEN ${window.from}::date AND ${window.to}::date
    GROUP BY working_days`;
  const own = agencyIds.length === 0 ? [] : await db.$queryRaw<{ agency_id: string; working_days: number; n: number }[]>`
    SELECT agency_id::text, working_days, sum(count)::int AS n FROM stat_duration
    WHERE agency_id = ANY(${agencyIds}::uuid[]) AND procedure_id = ANY(${procedureIds}::uuid[]) AND day BETWEEN ${window.from}::date AND ${window.to}::date
    GROUP BY agency_id, working_days`;
  const byAgency = new Map<string, Map<number, number>>();
  for (const row of own) {
    const histogram = byAgency.get(row.agency_id) ?? new Map<number, number>();
    histogram.set(Number(row.working_days), Number(row.n));
    byAgency.set(row.agency_id, histogram);
  }
  return { total: new Map(total.map((row) => [Number(row.working_days), Number(row.n)])), byAgency };
}

const subtract = (from: Map<number, number>, ...others: (Map<number, number> | undefined)[]): Map<number, number> => {
  const result = new Map(from);
  for (const other of others) for (const [days, count] of other ?? []) result.set(days, (result.get(days) ?? 0) - count);
  for (const [days, count] of result) if (count <= 0) result.delete(days);
  return result;
};

function addFlows(sums: SideSums, row: FlowRow): void {
  sums.received += row.received;
  sums.receivedOnline += row.received_online;
  sums.resolvedEarly += row.resolved_early;
  sums.resolvedOnTime += row.resolved_on_time;
  sums.resolvedLate += row.resolved_late;
  sums.supplementRequests += row.supplement_requests;
  sums.ratings += row.ratings;
  sums.ratingsSatisfied += row.ratings_satisfied;
}

/** The procedures a delegation covers: its procedure, or those of its field the delegator implements. */
async function proceduresOf(delegation: DelegationListItem): Promise<string[]> {
  if (delegation.procedureId) return [delegation.procedureId];
  const rows = await db.procedure.findMany({ where: { fieldId: delegation.fieldId!, agencies: { some: { agencyId: delegation.delegatorId } } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** One window's sums: the delegator's, the delegates', and nobody else's. */
async function sidesOver(rule: DelegationRule, procedureIds: string[], window: Window): Promise<{ delegator: SideSums; delegates: SideSums }> {
  const flows = await flowsByAgency(procedureIds, window);
  const facts = await agencyFactsOf(db, flows.map((row) => row.agency_id));
  const isDelegate = (agencyId: string) => {
    const agency = facts.get(agencyId);
    return agency !== undefined && agencyId !== rule.delegatorId && isDelegateDuring(rule, agency, window.from, window.to);
  };
  const delegator = emptySums();
  const delegates = emptySums();
  const others: string[] = [];
  for (const row of flows) {
    if (row.agency_id === rule.delegatorId) addFlows(delegator, row);
    else if (isDelegate(row.agency_id)) addFlows(delegates, row);
    else others.push(row.agency_id);
  }
  const { total, byAgency } = await histograms(procedureIds, window, [rule.delegatorId, ...others]);
  delegator.durations = byAgency.get(rule.delegatorId) ?? new Map();
  delegates.durations = subtract(total, ...[rule.delegatorId, ...others].map((id) => byAgency.get(id)));
  return { delegator, delegates };
}

/**
 * A delegation and its evaluation at `now` (null figures before its first day); null when there
 * is no such delegation. Six reads of rollups, none of the dossier table.
 */
export async function delegationEvaluation(delegationId: string, now: Date): Promise<{ delegation: DelegationListItem; evaluation: Evaluation | null } | null> {
  const delegation = await delegationById(delegationId, now);
  if (!delegation) return null;
  const rule = ruleOf(delegation);
  const windows = evaluationWindows(rule, localDateOf(now));
  const procedureIds = await proceduresOf(delegation);
  if (!windows || procedureIds.length === 0) return { delegation, evaluation: null };
  const [before, after] = await Promise.all([sidesOver(rule, procedureIds, windows.before), sidesOver(rule, procedureIds, windows.after)]);
  return {
    delegation,
    evaluation: evaluationOf(windows, { before: addSums(before.delegator, before.delegates), afterDelegates: after.delegates, afterDelegator: after.delegator }),
  };
}
