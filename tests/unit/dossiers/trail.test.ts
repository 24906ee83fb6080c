// The trail's serialisation, written out for speed, must say exactly what the plain definitions
// say: canonical JSON is JSON with sorted keys, and the stored payload is what jsonb keeps.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { asStored, canonicalJson, hashEvent, type TrailEvent } from "@/lib/dossiers/trail";

/** The plain definitions. */
function plainCanonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(plainCanonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${plainCanonical(item)}`).join(",")}}`;
}
const plainStored = (payload: unknown) => JSON.parse(JSON.stringify(payload, (_key, value: unknown) => (typeof value === "string" ? value.replace(/\u0000/g, "") : value)));

const payload = fc.object({
  key: fc.string({ unit: "grapheme-composite" }),
  values: [fc.string({ unit: "binary" }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true })],
  withNullPrototype: false,
});

describe("the trail's serialisation", () => {
  it("canonicalJson is JSON with every key sorted", () => {
    fc.assert(fc.property(payload, (value) => {
      expect(canonicalJson(value)).toBe(plainCanonical(value));
    }), { numRuns: 500 });
  });

  it("asStored gives what a JSON round trip (without NUL) gives", () => {
    fc.assert(fc.property(payload, (value) => {
      expect(asStored(value)).toEqual(plainStored(value));
    }), { numRuns: 500 });
  });

  it("hashes an event as the SHA-256 of its canonical JSON", () => {
    fc.assert(
      fc.property(payload, fc.option(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 })), fc.nat(1000), (content, prevHash, sequence) => {
        const event: TrailEvent = {
          dossierId: "0190a0c6-0000-7000-8000-000000000000", sequence, action: "FORWARD", actorId: null, actorRole: "SYSTEM",
          fromStatus: "RECEIVED", toStatus: "IN_PROCESSING", payload: asStored(content), occurredAt: new Date(Date.UTC(2026, 2, 9, 2)), prevHash,
        };
        const expected = createHash("sha256").update(plainCanonical({ ...event, occurredAt: event.occurredAt.toISOString() })).digest("hex");
        expect(hashEvent(event)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
