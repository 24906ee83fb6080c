// The submission path under load: 50 clients file birth registration through POST /api/v1/ho-so,
// each with one 200 kB paper (and the second required one, 20 kB), a fresh Idempotency-Key per
// request. Prints dossiers per second and latency percentiles, then counts in the database that
// every accepted request made exactly one dossier (none lost, none duplicated).
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/db-client.ts";
import { birthRegistrationTarget, sessionCookieFor } from "../support/session.ts";

const CLIENTS = 50;

function multipart(parts: { name: string; value: string | Uint8Array; filename?: string; type?: string }[]): { body: Buffer; boundary: string } {
  const boundary = `----motcua${randomUUID().replaceAll("-", "")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ""}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`));
    chunks.push(typeof part.value === "string" ? Buffer.from(part.value) : Buffer.from(part.value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), boundary };
}

const paper = (kilobytes: number) => {
  const bytes = new Uint8Array(kilobytes * 1024);
  bytes.set(new TextEncoder().encode("%PDF-1.4\n% bench\n"));
  return bytes;
};

export async function benchSubmissions(baseUrl: string, databaseUrl: string, seconds: number): Promise<string> {
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const { userId, cookie } = await sessionCookieFor(db, "nguoidan@motcua.test");
    const target = await birthRegistrationTarget(db);
    const fields = { childFullName: "Phạm Bảo Anh", childDateOfBirth: "04/11/2026", childSex: "female", childEthnicity: "Kinh", childPlaceOfBirth: "Hà Nội", declarantRelationship: "mother" };
    const { body, boundary } = multipart([
      { name: "procedure", value: "1.001193" },
      { name: "agencyId", value: target.agencyId },
      { name: "fields", value: JSON.stringify(fields) },
      ...target.slots.map((slot, index) => ({ name: `file:${slot}`, value: paper(index === 0 ? 200 : 20), filename: `giay-${index}.pdf`, type: "application/pdf" })),
    ]);
    const prefix = `bench-${Date.now()}-`;
    let serial = 0;
    const accepted = new Set<string>();
    const latencies: number[] = [];
    const instance = autocannon({
      url: `${baseUrl}/api/v1/ho-so`,
      connections: CLIENTS,
      duration: seconds,
      timeout: 60,
      requests: [
        {
          method: "POST",
          headers: { cookie, "content-type": `multipart/form-data; boundary=${boundary}` },
          body,
          setupRequest: (request: { headers: Record<string, string> }) => {
            request.headers["idempotency-key"] = `${prefix}${serial++}`;
            return request;
          },
          onResponse: (status: number, body: string) => {
            if (status === 201) accepted.add((JSON.parse(body) as { id: string }).id);
          },
        },
      ],
    } as never);
    instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
    const result = (await instance) as unknown as { requests: { mean: number; total: number }; non2xx: number; errors: number; timeouts: number; "2xx": number };
    latencies.sort((a, b) => a - b);
    const pick = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN;
    const made = await db.dossier.count({ where: { idempotencyKey: { startsWith: `${userId}:${prefix}` } } });
    // Every accepted request's dossier is there, sent, with its two papers ("lost" counts those that are not).
    const found = await db.dossier.findMany({ where: { id: { in: [...accepted] } }, select: { status: true, _count: { select: { documents: true } } } });
    const lost = accepted.size - found.filter((row) => row.status === "SUBMITTED" && row._count.documents === target.slots.length).length;
    const duplicated = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT idempotency_key FROM dossier WHERE idempotency_key LIKE ${`${userId}:${prefix}%`} GROUP BY 1 HAVING count(*) > 1) AS t`;
    return [
      `submissions: ${CLIENTS} clients, ${seconds} s, one 200 kB + one 20 kB paper each`,
      `  dossiers filed per second: ${(result["2xx"] / seconds).toFixed(1)} (${result["2xx"]} accepted, ${result.non2xx} refused, ${result.errors + result.timeouts} errors)`,
      `  latency ms: p50 ${pick(50).toFixed(0)}, p95 ${pick(95).toFixed(0)}, p99 ${pick(99).toFixed(0)}`,
      `  in the database: ${accepted.size} accepted dossiers, ${lost} lost, ${Number(duplicated[0]?.n ?? 0)} keys with more than one dossier` +
        ` (${made - accepted.size} more started by requests still in flight when the clock stopped)`,
    ].join("\n");
  } finally {
    await db.$disconnect();
  }
}
