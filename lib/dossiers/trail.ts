// The tamper-evident audit trail: each event stores the SHA-256 of the previous event of the same
// dossier, over a canonical serialisation, and the dossier keeps the hash of its last event.
// Together with the database refusing UPDATE/DELETE of events, an altered, removed or reordered
// event shows up in verifyDossierTrail().
import { createHash } from "node:crypto";
import type { DossierStatus } from "./workflow";

export type TrailEvent = {
  dossierId: string;
  sequence: number;
  action: string;
  actorId: string | null;
  actorRole: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  payload: unknown;
  occurredAt: Date;
  prevHash: string | null;
};

/** JSON with object keys sorted at every level, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = "[";
    for (let index = 0; index < value.length; index++) out += (index > 0 ? "," : "") + canonicalJson(value[index]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = "{";
  let isFirst = true;
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${isFirst ? "" : ","}${JSON.stringify(key)}:${canonicalJson(item)}`;
    isFirst = false;
  }
  return `${out}}`;
}

/** SHA-256 over exactly the event's content and link (not its row id, nor its own hash). */
export function hashEvent(event: TrailEvent): string {
  // canonicalJson of the event, written out: its keys are fixed, here in sorted order.
  const text =
    `{"action":${JSON.stringify(event.action)},"actorId":${JSON.stringify(event.actorId)},"actorRole":${JSON.stringify(event.actorRole)}` +
    `,"dossierId":${JSON.stringify(event.dossierId)},"fromStatus":${JSON.stringify(event.fromStatus)}` +
    `,"occurredAt":${JSON.stringify(event.occurredAt.toISOString())},"payload":${canonicalJson(event.payload)}` +
    `,"prevHash":${JSON.stringify(event.prevHash)},"sequence":${JSON.stringify(event.sequence)},"toStatus":${JSON.stringify(event.toStatus)}}`;
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The payload as jsonb will give it back, so that the hash covers exactly what is stored: what
 * JSON.stringify then JSON.parse would give (toJSON applied to decimals and dates, undefined
 * dropped, non-finite numbers null), with NUL removed from strings (jsonb refuses it). Written out
 * rather than round-tripped through text: the history generator stores millions of payloads.
 */
export function asStored(value: unknown, key = ""): unknown {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  switch (typeof value) {
    case "string":
      return value.includes("\u0000") ? value.replace(/\u0000/g, "") : value;
    case "number":
      // JSON has neither infinities nor a negative zero.
      return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
    case "boolean":
      return value;
    case "bigint":
      throw new TypeError("Do not know how to serialize a BigInt");
    case "object": {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map((item, index) => (item === undefined || typeof item === "function" || typeof item === "symbol" ? null : asStored(item, String(index))));
      const stored: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) {
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        // A "__proto__" key is data in JSON, not the object's prototype.
        if (name === "__proto__") Object.defineProperty(stored, name, { value: asStored(item, name), enumerable: true, writable: true, configurable: true });
        else stored[name] = asStored(item, name);
      }
      return stored;
    }
    default:
      return undefined;
  }
}

/** A stored event: its content, its link and its own hash. */
export type EventRow = TrailEvent & { id: string; hash: string };

/**
 * The next event of a dossier, hashed over exactly what will be stored. `previous` is the
 * dossier's last event (its sequence and hash), known from the dossier row: its version says how
 * many events it has, its trail hash the last one's hash.
 */
export function buildEvent(
  id: string,
  event: Omit<TrailEvent, "sequence" | "prevHash">,
  previous: { sequence: number; hash: string } | null,
): EventRow {
  const full: TrailEvent = { ...event, payload: asStored(event.payload ?? {}), sequence: (previous?.sequence ?? 0) + 1, prevHash: previous?.hash ?? null };
  return { ...full, id, hash: hashEvent(full) };
}

export type TrailVerification = { isValid: true; events: number } | { isValid: false; events: number; problem: string; sequence: number | null };

type StoredEvent = TrailEvent & { hash: string };

/** Checks a dossier's events against their hashes, their order and the dossier's last hash. */
export function verifyTrail(
  events: readonly StoredEvent[],
  dossier: { trailHash: string | null; version: number; status: DossierStatus },
): TrailVerification {
  const trailHash = dossier.trailHash;
  // Every dossier has at least its creation event, and one more per transition (its version).
  if (events.length !== dossier.version + 1 || events[0]?.fromStatus !== null) {
    return { isValid: false, events: events.length, problem: "missing events", sequence: null };
  }
  if (events[events.length - 1]?.toStatus !== dossier.status) {
    return { isValid: false, events: events.length, problem: "the dossier's status is not where the trail ends", sequence: null };
  }
  let previous: string | null = null;
  for (const [index, event] of events.entries()) {
    if (event.sequence !== index + 1) {
      return { isValid: false, events: events.length, problem: "missing or reordered event", sequence: event.sequence };
    }
    if (event.prevHash !== previous) {
      return { isValid: false, events: events.length, problem: "broken link to the previous event", sequence: event.sequence };
    }
    if (hashEvent(event) !== event.hash) {
      return { isValid: false, events: events.length, problem: "altered event", sequence: event.sequence };
    }
    previous = event.hash;
  }
  if (previous !== trailHash) {
    return { isValid: false, events: events.length, problem: "the trail does not end where the dossier says", sequence: null };
  }
  return { isValid: true, events: events.length };
}
