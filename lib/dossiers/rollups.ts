// Daily statistics counters per agency, procedure, channel and local day (docs/domain/statistics.md),
// incremented in the same transaction as each transition so that no page ever scans the dossier
// table. Every counter is derived from one event, so recountRollups() can rebuild them from the
// audit trail and must agree.
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
  const wasReceived = !(fromStatus === null || (NOT_RECEIVED as readonly string[]).includes(fromStatus));
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
      return wasReceived ? ["withdrawn"] : [];
    case "STOP":
      return ["stopped"];
    case "REQUEST_SUPPLEMENT":
      // Asked at the desk before receipt: not one of the agency's supplement requests.
      return wasReceived ? ["supplementRequests"] : [];
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

/** Statuses of a dossier that has not been received (no code, no clock). */
export const NOT_RECEIVED = ["DRAFT", "SUBMITTED", "SUPPLEMENT_BEFORE_RECEIPT"] as const;

export type StatusMove = { status: string; delta: 1 | -1 };

/**
 * How one transition moves the status counts (stat_status). Drafts are not counted, and neither
 * is a dossier withdrawn before it was ever received: it is not among the agency's withdrawn
 * dossiers (recountRollups() applies the same rule to the dossier table).
 */
export function statusCountMoves(from: string | null, to: string, isReceived: boolean): StatusMove[] {
  if (from === to) return [];
  const counts = (status: string) => status !== "DRAFT" && !(status === "WITHDRAWN" && !isReceived);
  return [
    ...(from && counts(from) ? [{ status: from, delta: -1 as const }] : []),
    ...(counts(to) ? [{ status: to, delta: 1 as const }] : []),
  ];
}

export type RollupKey = { agencyId: string; procedureId: string; channel: "IN_PERSON" | "ONLINE" | "POST" };

/** Column of each counter in stat_daily. */
export const ROLLUP_COLUMNS: Record<RollupCounter, string> = {
  received: "received", refused: "refused", resolvedEarly: "resolved_early", resolvedOnTime: "resolved_on_time",
  resolvedLate: "resolved_late", returned: "returned", withdrawn: "withdrawn", stopped: "stopped",
  supplementRequests: "supplement_requests", apologies: "apologies", bounces: "bounces", paidOnline: "paid_online",
  ratings: "ratings", ratingsSatisfied: "ratings_satisfied",
};
