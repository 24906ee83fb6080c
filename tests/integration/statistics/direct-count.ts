// The statistics counted the slow way, straight from the audit trail and the dossier table, by
// the rules of docs/domain/statistics.md written out again here (not through the rollups' code):
// what the rollup-based functions must equal.
import { fromLocal, localDateOf, type DateKey } from "@/lib/calendar/local-time";
import { computeFigures, zeroCounters, type Channel, type Figures, type FigureInputs } from "@/lib/statistics/figures";
import { isOverdue } from "@/lib/statistics/overdue";
import { histogramOf } from "@/lib/statistics/percentiles";
import { testDb } from "../../support/db";

const OPEN = ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"];

export type DossierFacts = {
  id: string;
  agencyId: string;
  procedureId: string;
  channel: Channel;
  status: string;
  referenceDueAt: Date | null;
  deadlinePrecision: "DAY" | "INSTANT" | null;
};
type EventFacts = { dossierId: string; action: string; fromStatus: string | null; toStatus: string; payload: Record<string, unknown>; occurredAt: Date };
type FileFacts = { id: string; requirementId: string | null; createdAt: Date; sha256: string; originalSha256: string | null };

export type Trail = {
  dossiers: Map<string, DossierFacts>;
  events: EventFacts[];
  /** The papers each procedure requires (its catalogue entry), by procedure id. */
  requiredPapers: Map<string, string[]>;
  /** Every file of each dossier (papers and results), by dossier id. */
  files: Map<string, FileFacts[]>;
  /** Whether the papers are counted from their files, or from what each receipt recorded. */
  papersFrom: "files" | "receipts";
};

/**
 * The trail, the dossiers and their files. The history generator keeps no file rows for papers
 * (7.7 required papers per dossier: millions of rows), only what each receipt recorded: read it
 * with `papersFrom: "receipts"`.
 */
export async function readTrail(options: { papersFrom?: Trail["papersFrom"] } = {}): Promise<Trail> {
  const dossiers = await testDb.dossier.findMany({
    select: { id: true, agencyId: true, procedureId: true, channel: true, status: true, referenceDueAt: true, deadlinePrecision: true },
  });
  const events = await testDb.dossierEvent.findMany({
    orderBy: [{ dossierId: "asc" }, { sequence: "asc" }],
    select: { dossierId: true, action: true, fromStatus: true, toStatus: true, payload: true, occurredAt: true },
  });
  const papers = await testDb.procedureDocument.findMany({ where: { isRequired: true }, select: { id: true, procedureId: true } });
  const documents = await testDb.document.findMany({ select: { id: true, dossierId: true, requirementId: true, createdAt: true, sha256: true, originalSha256: true } });
  const requiredPapers = new Map<string, string[]>();
  for (const paper of papers) requiredPapers.set(paper.procedureId, [...(requiredPapers.get(paper.procedureId) ?? []), paper.id]);
  const files = new Map<string, FileFacts[]>();
  for (const { dossierId, ...file } of documents) if (dossierId) files.set(dossierId, [...(files.get(dossierId) ?? []), file]);
  return {
    dossiers: new Map(dossiers.map((dossier) => [dossier.id, dossier])),
    events: events.map((event) => ({ ...event, payload: (event.payload ?? {}) as Record<string, unknown> })),
    requiredPapers,
    files,
    papersFrom: options.papersFrom ?? "files",
  };
}

/** Directly counted inputs per group for [from, to] as seen at `now`; `live` only when the period is open. */
export function directInputs(
  trail: Trail,
  period: { from: DateKey; to: DateKey; isOpen: boolean },
  now: Date,
  options: { include: (dossier: DossierFacts) => boolean; group: (dossier: DossierFacts) => string },
): Map<string, FigureInputs> {
  const inputs = new Map<string, FigureInputs>();
  const of = (dossier: DossierFacts) => {
    const key = options.group(dossier);
    let input = inputs.get(key);
    if (!input) {
      input = { carriedOver: 0, flows: zeroCounters(), receivedByChannel: { IN_PERSON: 0, ONLINE: 0, POST: 0 }, live: period.isOpen ? { running: 0, overdue: 0, supplement: 0, payment: 0 } : null };
      inputs.set(key, input);
    }
    return input;
  };
  const start = fromLocal(period.from, 0);
  const receivedAt = new Map<string, Date>();
  const leftAt = new Map<string, Date>();
  // How each dossier's applicant was identified when it was sent.
  const identifiedBy = new Map(trail.events.filter((event) => event.action === "SUBMIT").map((event) => [event.dossierId, event.payload.identifiedBy]));
  for (const event of trail.events) {
    const dossier = trail.dossiers.get(event.dossierId)!;
    if (!options.include(dossier)) continue;
    if (event.action === "RECEIVE") receivedAt.set(dossier.id, event.occurredAt);
    if (event.fromStatus && OPEN.includes(event.fromStatus) && !OPEN.includes(event.toStatus) && !leftAt.has(dossier.id)) leftAt.set(dossier.id, event.occurredAt);
    const day = localDateOf(event.occurredAt);
    if (day < period.from || day > period.to) continue;
    const counted = [...countedAs(event), ...digitisationOf(trail, event, dossier, identifiedBy.get(dossier.id))];
    if (counted.length === 0) continue;
    const { flows, receivedByChannel } = of(dossier);
    for (const counter of counted) flows[counter] += 1;
    if (event.action === "RECEIVE") receivedByChannel[dossier.channel] += 1;
  }
  for (const dossier of trail.dossiers.values()) {
    if (!options.include(dossier)) continue;
    const received = receivedAt.get(dossier.id);
    const left = leftAt.get(dossier.id);
    if (received && received < start && (!left || left >= start)) of(dossier).carriedOver += 1;
    if (!period.isOpen || !OPEN.includes(dossier.status)) continue;
    const live = of(dossier).live!;
    if (dossier.status === "SUPPLEMENT_REQUESTED") live.supplement += 1;
    else if (dossier.status === "AWAITING_PAYMENT") live.payment += 1;
    else {
      live.running += 1;
      if (isOverdue(dossier.referenceDueAt!, dossier.deadlinePrecision!, now)) live.overdue += 1;
    }
  }
  return inputs;
}

export function directFigures(...args: Parameters<typeof directInputs>): Map<string, Figures> {
  return new Map([...directInputs(...args)].map(([key, input]) => [key, computeFigures(input)]));
}

/** The working days the result-ready events recorded in [from, to]. */
export function directHistogram(trail: Trail, from: DateKey, to: DateKey, include: (dossier: DossierFacts) => boolean) {
  const rows = trail.events
    .filter((event) => event.action === "MARK_RESULT_READY" && include(trail.dossiers.get(event.dossierId)!))
    .filter((event) => localDateOf(event.occurredAt) >= from && localDateOf(event.occurredAt) <= to)
    .map((event) => ({ workingDays: event.payload.statWorkingDays as number, count: 1 }));
  return histogramOf(rows);
}

/**
 * The digitisation counters of an event, by the definitions of docs/domain/national-index.md,
 * counted from the files themselves rather than from what the events recorded: at its receipt,
 * whether each paper the procedure requires had a file by then; for an online dossier, whether it
 * was sent with VNeID; for a result, whether the issued file is the upload itself (only a
 * digitally signed PDF is issued unstamped).
 */
function digitisationOf(trail: Trail, event: EventFacts, dossier: DossierFacts, identifiedBy: unknown): (keyof FigureInputs["flows"])[] {
  const files = trail.files.get(dossier.id) ?? [];
  if (event.action === "RECEIVE") {
    const papers = trail.requiredPapers.get(dossier.procedureId) ?? [];
    const recorded = event.payload.papers as { required: number; electronic: number };
    const held =
      trail.papersFrom === "files"
        ? papers.every((paper) => files.some((file) => file.requirementId === paper && file.createdAt <= event.occurredAt))
        : recorded.required === papers.length && recorded.electronic === recorded.required;
    return [...(held ? ["receivedElectronicPapers" as const] : []), ...(dossier.channel === "ONLINE" && identifiedBy === "VNEID" ? ["receivedVneid" as const] : [])];
  }
  if (event.action === "MARK_RESULT_READY") {
    const result = files.find((file) => file.id === event.payload.resultDocumentId);
    return result && result.originalSha256 === result.sha256 ? ["resolvedElectronic"] : [];
  }
  return [];
}

/** What an event counts in, by the rules of docs/domain/statistics.md. */
function countedAs(event: EventFacts): (keyof FigureInputs["flows"])[] {
  const wasReceived = event.fromStatus !== null && OPEN.includes(event.fromStatus);
  switch (event.action) {
    case "RECEIVE":
      return ["received"];
    case "REFUSE_AT_RECEIPT":
      return ["refused"];
    case "MARK_RESULT_READY":
      return [event.payload.statTimeliness === "EARLY" ? "resolvedEarly" : event.payload.statTimeliness === "LATE" ? "resolvedLate" : "resolvedOnTime"];
    case "RETURN_RESULT":
      return ["returned"];
    case "WITHDRAW":
      return wasReceived ? ["withdrawn"] : [];
    case "STOP":
      return ["stopped"];
    case "REQUEST_SUPPLEMENT":
      return wasReceived ? ["supplementRequests"] : [];
    case "ISSUE_APOLOGY":
      return ["apologies"];
    case "SEND_BACK":
      return ["bounces"];
    case "RECORD_PAYMENT":
      return event.payload.method === "ONLINE" ? ["paidOnline"] : [];
    case "RATE":
      return event.payload.overall === "NOT_SATISFIED" ? ["ratings"] : ["ratings", "ratingsSatisfied"];
    default:
      return [];
  }
}
