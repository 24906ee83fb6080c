// A crash during a rush: 50 residents' clients send their dossier at once (one 200 kB paper each,
// plus the second required paper), the server is killed with SIGKILL while they are in flight, then
// restarted; every client retries with its Idempotency-Key. Each dossier then exists exactly once,
// sent, with its papers: none lost, none duplicated.
import { expect, test } from "@playwright/test";
import path from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { startApp, type RunningApp } from "../support/app-server.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { pickPort } from "../support/ports.ts";
import { birthRegistrationTarget, sessionCookieFor } from "../support/session.ts";

const CLIENTS = 50;

function paper(kilobytes: number): Blob {
  const head = new TextEncoder().encode("%PDF-1.4\n% một cửa\n");
  const body = new Uint8Array(kilobytes * 1024);
  body.set(head);
  return new Blob([body], { type: "application/pdf" });
}

test("a server killed during 50 concurrent submissions loses and duplicates nothing once clients retry", { tag: "@desktop" }, async () => {
  test.setTimeout(240_000);
  const db = createPrismaClient(process.env.DATABASE_URL!, 4);
  let app: RunningApp | undefined;
  try {
    const { userId, cookie } = await sessionCookieFor(db, "nguoidan2@motcua.test");
    const target = await birthRegistrationTarget(db);
    const port = await pickPort(3300);
    const start = () =>
      startApp({ databaseUrl: process.env.DATABASE_URL!, port, logFile: path.join(ARTIFACTS_DIR, "crash-server.log"), dataDir: process.env.E2E_DATA_DIR });
    app = await start();
    const { baseUrl } = app;
    const fields = {
      childFullName: "Trần Gia Bảo", childDateOfBirth: "03/11/2026", childSex: "male", childEthnicity: "Kinh",
      childPlaceOfBirth: "Bệnh viện Bạch Mai", declarantRelationship: "mother",
    };
    const submit = async (key: string): Promise<number> => {
      const body = new FormData();
      body.set("procedure", "1.001193");
      body.set("agencyId", target.agencyId);
      body.set("fields", JSON.stringify(fields));
      target.slots.forEach((slot, index) => body.set(`file:${slot}`, paper(index === 0 ? 200 : 20), `giay-${index}.pdf`));
      const response = await fetch(`${baseUrl}/api/v1/ho-so`, { method: "POST", headers: { cookie, "idempotency-key": key }, body, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      return response.status;
    };
    const keys = Array.from({ length: CLIENTS }, (_, index) => `crash-${Date.now()}-${index}`);
    // Killed once the first dossiers are through (or after 20 s): the rest are mid-request, some
    // mid-transaction, some mid-upload.
    let firstDone: () => void = () => {};
    const someDone = new Promise<void>((resolve) => (firstDone = resolve));
    let done = 0;
    const inFlight = keys.map((key) =>
      submit(key).then(
        (status) => {
          if (++done >= 3) firstDone();
          return status;
        },
        () => 0,
      ),
    );
    await Promise.race([someDone, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    await app.kill();
    const before = await Promise.all(inFlight);
    app = await start();
    // Each client retries until it has an answer: 201 (sent now) or 200 (sent before the crash).
    const after = await Promise.all(
      keys.map(async (key, index) => {
        if (before[index] === 201 || before[index] === 200) return before[index];
        for (let attempt = 0; attempt < 5; attempt++) {
          const status = await submit(key).catch(() => 0);
          if (status === 200 || status === 201) return status;
        }
        return -1;
      }),
    );
    expect(after.filter((status) => status !== 200 && status !== 201), `statuses: ${after.join(",")}`).toEqual([]);
    for (const key of keys) {
      const dossiers = await db.dossier.findMany({ where: { idempotencyKey: `${userId}:${key}` }, select: { id: true, status: true, _count: { select: { documents: true } } } });
      expect(dossiers, key).toHaveLength(1);
      expect(dossiers[0]!.status).toBe("SUBMITTED");
      expect(dossiers[0]!._count.documents).toBe(target.slots.length);
      expect(await db.dossierEvent.count({ where: { dossierId: dossiers[0]!.id, action: "SUBMIT" } })).toBe(1);
    }
    console.log(`crash test: ${before.filter((status) => status === 201).length} sent before the kill, ${before.filter((status) => status === 0).length} cut off, all ${CLIENTS} sent once after retries`);
  } finally {
    await app?.stop();
    await db.$disconnect();
  }
});
