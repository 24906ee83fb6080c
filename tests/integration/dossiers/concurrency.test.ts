import { describe, expect, it } from "vitest";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { isAppError } from "@/lib/errors";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "./world";

describe("two officers acting at once", () => {
  it("20 concurrent receipts of one dossier: one succeeds, 19 get CONFLICT, one event, one code", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-03-02 08:00"));
    const now = hanoi("2026-03-02 09:00");
    // Twenty clicks (or officers) on the same page, which showed version 1.
    const { version } = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => receiveDossier({ dossierId: id, actor: world.desk, now, expectedVersion: version })),
    );
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const conflicts = results.filter((result) => result.status === "rejected" && isAppError(result.reason) && result.reason.code === "CONFLICT");
    const unexpected = results.filter((result) => result.status === "rejected" && !conflicts.includes(result));
    expect(unexpected.map((result) => (result.status === "rejected" ? String(result.reason).slice(0, 300) : ""))).toEqual([]);
    expect(fulfilled).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(await testDb.dossierEvent.count({ where: { dossierId: id, action: "RECEIVE" } })).toBe(1);
    expect(await testDb.processingStep.count({ where: { dossierId: id } })).toBe(1);
    const counter = await testDb.dossierCodeCounter.findMany({ where: { agencyId: world.agency.id } });
    expect(counter.map((row) => row.lastValue)).toEqual([1]);
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier.code).toMatch(/-260302-0001$/);
    expect(dossier.version).toBe(2);
  });

  it("200 dossiers received concurrently at one agency on one day get codes 0001..0200, no gap, no duplicate", async () => {
    const world = await makeWorld();
    const ids: string[] = [];
    for (let batch = 0; batch < 10; batch++) {
      ids.push(...(await Promise.all(Array.from({ length: 20 }, () => submittedDossier(world, hanoi("2026-03-03 07:00"))))));
    }
    const now = hanoi("2026-03-03 10:00");
    const results = await Promise.all(ids.map((dossierId) => receiveDossier({ dossierId, actor: world.desk, now })));
    const sequences = results.map((result) => Number(result.code!.slice(-4))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    expect(new Set(results.map((result) => result.code)).size).toBe(200);
    expect(results.every((result) => result.code!.startsWith(`${world.agency.code}-260303-`))).toBe(true);
  }, 120_000);
});
