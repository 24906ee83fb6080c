// Daily statistics counters per agency, procedure, channel and local day (DOMAIN.md §7, §9),
// incremented in the same transaction as each transition so that no page ever scans the dossier
// table. Every counter is derived from one event, so recountRollups() can rebuild them from the
// audit trail and must agree.
import { toLocal } from "@/lib/calendar/local-time";
import { Prisma } from "@/prisma/generated/client";
import type { DossierAction } from "./workflow";

export const ROLLUP_COUNTERS = [
  "received", "refused", "resolvedEarly", "resolvedOnTime", "resolvedLate", "returned", "withdrawn", "stopped",
  "supplementRequests", "apologies", "bounces", "paidOnline", "ratings", "ratingsSatisfied",
] as const;
export type RollupCounter = (typeof ROLLUP_COUNTERS)[number];

/**
 * The counters one event increments; `payload` is the event's payload, `fromStatus` the status
 * it left. Only dossiers that were received count in §9's figures: withdrawing a dossier the desk
 * never received is in the "not counted" group, like a refusal at receipt's own counter.
 */
export function countersFor(action: DossierAction | string, payload: Record<string, unknown>, fromStatus: string | null): RollupCounter[] {
  switch (action) {
    case "RECEIVE":
      return ["received"];
    case "REFUSE_AT_RECEIPT":
      return ["refused"];
    case "MARK_RESULT_READY":
      return payload.statTimeliness === "EARLY" ? ["resolvedEarly"] : payload.statTimeliness === "LATE" ? ["resolvedLate"] : ["resolvedOnTime"];
    case "RETURN_RESULT":
      return ["returned"];
    case "WITHDRAW":
      return fromStatus === "SUBMITTED" || fromStatus === "DRAFT" ? [] : ["withdrawn"];
    case "STOP":
      return ["stopped"];
    case "REQUEST_SUPPLEMENT":
      return ["supplementRequests"];
    case "ISSUE_APOLOGY":
      return ["apologies"];
    case "SEND_BACK":
      return ["bounces"];
    case "RECORD_PAYMENT":
      return payload.method === "ONLINE" ? ["paidOnline"] : [];
    case "RATE":
      return payload.overall === "NOT_SATISFIED" ? ["ratings"] : ["ratings", "ratingsSatisfied"];
    default:
      return [];
  }
}

export type RollupKey = { agencyId: string; procedureId: string; channel: "IN_PERSON" | "ONLINE" | "POST" };

/** Column of each counter in stat_daily. */
const COLUMNS: Record<RollupCounter, string> = {
  received: "received", refused: "refused", resolvedEarly: "resolved_early", resolvedOnTime: "resolved_on_time",
  resolvedLate: "resolved_late", returned: "returned", withdrawn: "withdrawn", stopped: "stopped",
  supplementRequests: "supplement_requests", apologies: "apologies", bounces: "bounces", paidOnline: "paid_online",
  ratings: "ratings", ratingsSatisfied: "ratings_satisfied",
};

export async function incrementRollups(
  tx: Prisma.TransactionClient,
  key: RollupKey,
  counters: readonly RollupCounter[],
  occurredAt: Date,
): Promise<void> {
  if (counters.length === 0) return;
  const day = toLocal(occurredAt).date;
  // INSERT … ON CONFLICT, so that concurrent transitions on the same day never race on the row.
  const columns = counters.map((counter) => COLUMNS[counter]);
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const ones = Prisma.raw(columns.map(() => "1").join(", "));
  const updates = Prisma.raw(columns.map((column) => `"${column}" = stat_daily."${column}" + 1`).join(", "));
  await tx.$executeRaw`
    INSERT INTO stat_daily (agency_id, procedure_id, channel, day, ${names})
    VALUES (${key.agencyId}::uuid, ${key.procedureId}::uuid, ${key.channel}::"Channel", ${day}::date, ${ones})
    ON CONFLICT (agency_id, procedure_id, channel, day) DO UPDATE SET ${updates}`;
}

/**
 * Moves one dossier from one status count to another (drafts are not counted), in one statement
 * whose rows are sorted by status: every transaction then locks the same rows in the same order,
 * so two dossiers moving in opposite directions (to payment and back) cannot deadlock.
 */
export async function moveStatusCount(
  tx: Prisma.TransactionClient,
  key: RollupKey,
  from: string | null,
  to: string,
): Promise<void> {
  if (from === to) return;
  const moves = [
    ...(from && from !== "DRAFT" ? [{ status: from, delta: -1 }] : []),
    ...(to !== "DRAFT" ? [{ status: to, delta: 1 }] : []),
  ].sort((a, b) => (a.status < b.status ? -1 : 1));
  if (moves.length === 0) return;
  const rows = Prisma.join(
    moves.map(
      ({ status, delta }) =>
        Prisma.sql`(${key.agencyId}::uuid, ${key.procedureId}::uuid, ${key.channel}::"Channel", ${status}::"DossierStatus", ${delta}::int)`,
    ),
  );
  await tx.$executeRaw`
    INSERT INTO stat_status (agency_id, procedure_id, channel, status, count) VALUES ${rows}
    ON CONFLICT (agency_id, procedure_id, channel, status) DO UPDATE SET count = stat_status.count + excluded.count`;
}
