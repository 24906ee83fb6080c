// Comparing a stored row with the seed's wanted values, so that a re-run writes only what changed
// (fast, and updatedAt keeps meaning "last changed").

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  // Prisma returns Decimal columns as Decimal objects.
  if (value !== null && typeof value === "object" && "toNumber" in value && typeof value.toNumber === "function") {
    return value.toNumber();
  }
  if (Array.isArray(value)) return value.map(normalize);
  // JSON columns come back with jsonb's key order, not the order they were written in.
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, normalize(item)]));
  }
  return value ?? null;
}

/** Whether any wanted field differs from the stored row (fields the seed does not set are ignored). */
export function differs(stored: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => JSON.stringify(normalize(stored[key])) !== JSON.stringify(normalize(value)));
}
