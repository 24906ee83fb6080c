// Daily statistics counters per agency, procedure, channel and local day (docs/domain/statistics.md),
// incremented in the same transaction as each transition so that no page ever scans the dossier
// table. Every counter is derived from one event, so recountRollups() can rebuild them from the
// audit trail and must agree.
import { localDateOf, type DateKey } from "@/lib/calendar/local-time";
import type { DossierAction } from "./workflow";

export const ROLLUP_COUNTERS = [
  "received", "refused", "resolvedEarly", "resolvedOnTime", "resolvedLate", "returned", "withdrawn", "stopped",
  "supplementRequests", "apologies", "bounces", "paidOnline", "ratings", "ratingsSatisfied",
  // Digitisation (Decision 766/QĐ-TTg; docs/domain/national-index.md).
  "resolvedElectronic", "receivedElectronicPapers", "receivedVneid",
] as const;
export type RollupCounter = (typeof ROLLUP_COUNTERS)[number];

/**
 * What the dossier itself says about the event, as it stands once the event is written: its
 * channel, whether it was sent by a resident signed in with VNeID (set at submission) and whether
 * every required paper was held as a file (set at receipt). Each is set once, before or by the
 * event that counts it, so the dossier row gives the same answer at any later recount.
 */
export type CountedDossier = { channel: "IN_PERSON" | "ONLINE" | "POST"; isVneidAuthenticated: boolean; hasElectronicPapers: boolean };

/**
 * Whether a result-ready event issued an electronic result: a file carrying the agency's digital
 * signature, which the portal issues unchanged (docs/domain/verification.md). Events recorded
 * before `resultSigned` was written say it by their hashes: only a signed PDF is issued with the
 * hash of the upload itself (every other file gets the QR stamp, which changes its bytes).
 */
export function isElectronicResult(payload: Record<string, unknown>): boolean {
  if (typeof payload.resultSigned === "boolean") return payload.resultSigned;
  return typeof payload.originalSha256 === "string" && payload.originalSha256 === payload.resultSha256;
}

/**
 * The counters one event increments; `payload` is the event's payload, `fromStatus` the status
 * it left, `dossier` what the dossier says of it. Only dossiers that were received count in §9's
 * figures: withdrawing a dossier the desk never received is in the "not counted" group, like a
 * refusal at receipt's own counter.
 */
export function countersFor(action: DossierAction | string, payload: Record<string, unknown>, fromStatus: string | null, dossier: CountedDossier): RollupCounter[] {
  const wasReceived = !(fromStatus === null || (NOT_RECEIVED as readonly string[]).includes(fromStatus));
  switch (action) {
    case "RECEIVE":
      return [
        "received",
        ...(dossier.hasElectronicPapers ? (["receivedElectronicPapers"] as const) : []),
        // Identity is the national index's question for online dossiers only (a walk-in is identified at the desk).
        ...(dossier.channel === "ONLINE" && dossier.isVneidAuthenticated ? (["receivedVneid"] as const) : []),
      ];
    case "REFUSE_AT_RECEIPT":
      return ["refused"];
    case "MARK_RESULT_READY": {
      const verdict = payload.statTimeliness === "EARLY" ? "resolvedEarly" : payload.statTimeliness === "LATE" ? "resolvedLate" : "resolvedOnTime";
      return isElectronicResult(payload) ? [verdict, "resolvedElectronic"] : [verdict];
    }
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

/** The scope id of the whole city in stat_duration_scope. */
export const CITY_SCOPE_ID = "00000000-0000-0000-0000-000000000000";

/** Column of stat_agency_monthly counting the receipts of each channel. */
export const CHANNEL_COLUMNS = {
  IN_PERSON: "received_in_person", ONLINE: "received_online", POST: "received_post",
} as const satisfies Record<RollupKey["channel"], string>;

/** Column of each counter in stat_daily. */
export const ROLLUP_COLUMNS: Record<RollupCounter, string> = {
  received: "received", refused: "refused", resolvedEarly: "resolved_early", resolvedOnTime: "resolved_on_time",
  resolvedLate: "resolved_late", returned: "returned", withdrawn: "withdrawn", stopped: "stopped",
  supplementRequests: "supplement_requests", apologies: "apologies", bounces: "bounces", paidOnline: "paid_online",
  ratings: "ratings", ratingsSatisfied: "ratings_satisfied", resolvedElectronic: "resolved_electronic",
  receivedElectronicPapers: "received_electronic_papers", receivedVneid: "received_vneid",
};


/**
 * Received and still in the agency's hands (the national groups in progress {2, 4} and waiting for
 * the applicant {5, 6}): what "carried over" counts. A dossier leaves by its result (resolved),
 * a withdrawal or a stop, never to come back.
 */
export const OPEN_STATUSES = ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"] as const;

export function isOpenStatus(status: string | null): boolean {
  return status !== null && (OPEN_STATUSES as readonly string[]).includes(status);
}

/** The first day of the month of a date: the key of the monthly rollups. */
export function monthOf(date: DateKey): DateKey {
  return `${date.slice(0, 8)}01`;
}

/** The first day of the month after `month`. */
export function nextMonth(month: DateKey): DateKey {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, "0")}-01`;
}

/**
 * How a transition moves the backlog rollups (stat_open, stat_monthly.carried_in):
 * - entering the open statuses (the receipt): one more dossier in hand from the month received;
 * - leaving them: one fewer, and the dossier counts as carried over at the start of each month
 *   after the one it was received in, up to the month it left (it was in hand at their start).
 * Carried over at the start of month M is then stat_monthly.carried_in(M) + the open dossiers
 * received before M, whatever the age of the history (docs/domain/statistics.md).
 */
export type BacklogMove =
  | { kind: "OPEN"; receivedMonth: DateKey }
  | { kind: "CLOSE"; receivedMonth: DateKey; carriedMonths: DateKey[] };

export function backlogMoveFor(from: string | null, to: string, receivedAt: Date | null, occurredAt: Date): BacklogMove | null {
  const wasOpen = isOpenStatus(from);
  const isOpen = isOpenStatus(to);
  if (wasOpen === isOpen) return null;
  const receivedMonth = monthOf(localDateOf(receivedAt ?? occurredAt));
  if (isOpen) return { kind: "OPEN", receivedMonth };
  const leftMonth = monthOf(localDateOf(occurredAt));
  const carriedMonths: DateKey[] = [];
  for (let month = nextMonth(receivedMonth); month <= leftMonth; month = nextMonth(month)) carriedMonths.push(month);
  return { kind: "CLOSE", receivedMonth, carriedMonths };
}

/**
 * The whole working days a resolved dossier took (stat_duration), as its result-ready event
 * recorded them (`statWorkingDays`, lib/statistics/processing-days.ts), or null for any other event.
 */
export function durationFor(action: DossierAction | string, payload: Record<string, unknown>): number | null {
  if (action !== "MARK_RESULT_READY") return null;
  const days = payload.statWorkingDays;
  return typeof days === "number" && Number.isInteger(days) && days >= 0 ? days : null;
}

/** Everything one event adds to the statistics, besides the status counts. */
export type RollupDelta = { counters: RollupCounter[]; backlog: BacklogMove | null; workingDays: number | null };

/** `dossier`: the dossier as the event leaves it (its receipt time, channel and digitisation facts). */
export function rollupDeltaFor(event: {
  action: DossierAction | string;
  payload: Record<string, unknown>;
  fromStatus: string | null;
  toStatus: string;
  occurredAt: Date;
}, dossier: CountedDossier & { receivedAt: Date | null }): RollupDelta {
  return {
    counters: countersFor(event.action, event.payload, event.fromStatus, dossier),
    backlog: backlogMoveFor(event.fromStatus, event.toStatus, dossier.receivedAt, event.occurredAt),
    workingDays: durationFor(event.action, event.payload),
  };
}

export function isEmptyDelta(delta: RollupDelta): boolean {
  return delta.counters.length === 0 && delta.backlog === null && delta.workingDays === null;
}
