// The tamper-evident audit trail: each event stores the SHA-256 of the previous event of the same
// dossier, over a canonical serialisation, and the dossier keeps the hash of its last event.
// Together with the database refusing UPDATE/DELETE of events, an altered, removed or reordered
// event shows up in verifyDossierTrail().
import { createHash } from "node:crypto";
import type { Prisma } from "@/prisma/generated/client";
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
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

export function hashEvent(event: TrailEvent): string {
  return createHash("sha256")
    .update(canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() }))
    .digest("hex");
}

/**
 * The payload as jsonb will give it back, so that the hash covers exactly what is stored:
 * toJSON applied (decimals, dates), undefined dropped, and NUL removed (jsonb refuses it).
 */
function asStored(payload: unknown): unknown {
  return JSON.parse(JSON.stringify(payload ?? {}, (_key, value: unknown) => (typeof value === "string" ? value.replace(/\u0000/g, "") : value)));
}

/** Appends the next event of a dossier; the caller holds the dossier's row lock. */
export async function appendEvent(
  tx: Prisma.TransactionClient,
  event: Omit<TrailEvent, "sequence" | "prevHash">,
): Promise<{ id: string; sequence: number; hash: string }> {
  const last = await tx.dossierEvent.findFirst({
    where: { dossierId: event.dossierId },
    orderBy: { sequence: "desc" },
    select: { sequence: true, hash: true },
  });
  const full: TrailEvent = { ...event, payload: asStored(event.payload), sequence: (last?.sequence ?? 0) + 1, prevHash: last?.hash ?? null };
  const hash = hashEvent(full);
  const created = await tx.dossierEvent.create({
    data: {
      dossierId: full.dossierId,
      sequence: full.sequence,
      action: full.action,
      actorId: full.actorId,
      actorRole: full.actorRole,
      fromStatus: full.fromStatus,
      toStatus: full.toStatus,
      payload: full.payload as Prisma.InputJsonValue,
      occurredAt: full.occurredAt,
      prevHash: full.prevHash,
      hash,
    },
    select: { id: true },
  });
  await tx.dossier.update({ where: { id: event.dossierId }, data: { trailHash: hash } });
  return { id: created.id, sequence: full.sequence, hash };
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
    const { hash, ...content } = event;
    if (hashEvent(content) !== hash) {
      return { isValid: false, events: events.length, problem: "altered event", sequence: event.sequence };
    }
    previous = hash;
  }
  if (previous !== trailHash) {
    return { isValid: false, events: events.length, problem: "the trail does not end where the dossier says", sequence: null };
  }
  return { isValid: true, events: events.length };
}
