import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { ensureAppRole } from "@/prisma/tools/app-role";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "./world";

async function dossierWithTrail() {
  const world = await makeWorld();
  const id = await submittedDossier(world, hanoi("2026-03-02 08:00"));
  await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:00") });
  await forwardDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:10") });
  return id;
}

/** As the database owner, on purpose: switch the append-only trigger off around `sql`. */
async function tamper(sql: string): Promise<void> {
  await testDb.$transaction([
    testDb.$executeRawUnsafe("ALTER TABLE dossier_event DISABLE TRIGGER dossier_event_append_only"),
    testDb.$executeRawUnsafe(sql),
    testDb.$executeRawUnsafe("ALTER TABLE dossier_event ENABLE TRIGGER dossier_event_append_only"),
  ]);
}

describe("the audit trail", () => {
  it("verifies an untouched trail", async () => {
    const id = await dossierWithTrail();
    expect(await verifyDossierTrail(id)).toEqual({ isValid: true, events: 4 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE from the application's connection", async () => {
    const id = await dossierWithTrail();
    await expect(testDb.$executeRaw`UPDATE dossier_event SET payload = '{}' WHERE dossier_id = ${id}::uuid`).rejects.toThrow(/append-only/);
    await expect(testDb.$executeRaw`DELETE FROM dossier_event WHERE dossier_id = ${id}::uuid`).rejects.toThrow(/append-only/);
    await expect(testDb.$executeRawUnsafe("TRUNCATE dossier_event CASCADE")).rejects.toThrow(/append-only/);
    expect(await testDb.dossierEvent.count({ where: { dossierId: id } })).toBe(4);
  });

  it("finds an altered payload", async () => {
    const id = await dossierWithTrail();
    await tamper(`UPDATE dossier_event SET payload = '{"code":"forged"}' WHERE dossier_id = '${id}' AND sequence = 3`);
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: false, problem: "altered event", sequence: 3 });
  });

  it("finds a removed event", async () => {
    const id = await dossierWithTrail();
    await tamper(`DELETE FROM dossier_event WHERE dossier_id = '${id}' AND sequence = 2`);
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: false, problem: "missing events" });
  });

  it("finds a removed last event", async () => {
    const id = await dossierWithTrail();
    await tamper(`DELETE FROM dossier_event WHERE dossier_id = '${id}' AND sequence = 4`);
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: false, problem: "missing events" });
  });

  it("finds a trail emptied and its head cleared", async () => {
    const id = await dossierWithTrail();
    await tamper(`DELETE FROM dossier_event WHERE dossier_id = '${id}'`);
    await testDb.dossier.update({ where: { id }, data: { trailHash: null } });
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: false, problem: "missing events" });
  });

  it("finds a status changed behind the trail's back", async () => {
    const id = await dossierWithTrail();
    await testDb.dossier.update({ where: { id }, data: { status: "RETURNED" } });
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: false, problem: "the dossier's status is not where the trail ends" });
  });

  it("finds reordered events", async () => {
    const id = await dossierWithTrail();
    // Swap events 2 and 3 (through a free number, as the pair (dossier, sequence) is unique).
    await tamper(`UPDATE dossier_event SET sequence = -sequence WHERE dossier_id = '${id}' AND sequence IN (2, 3)`);
    await tamper(`UPDATE dossier_event SET sequence = CASE sequence WHEN -2 THEN 3 ELSE 2 END WHERE dossier_id = '${id}' AND sequence IN (-2, -3)`);
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: false, sequence: 2 });
  });

  it("cannot be rewritten by the web app's own role, not even by switching the trigger off", async () => {
    const id = await dossierWithTrail();
    const appUrl = await ensureAppRole(process.env.DATABASE_URL!, path.join(os.tmpdir(), `motcua-app-${process.pid}.secret`));
    const app = createPrismaClient(appUrl, 1);
    try {
      expect(await app.dossierEvent.count({ where: { dossierId: id } })).toBe(4);
      await expect(app.$executeRaw`UPDATE dossier_event SET payload = '{}' WHERE dossier_id = ${id}::uuid`).rejects.toThrow(/permission denied|append-only/);
      await expect(app.$executeRaw`DELETE FROM dossier_event WHERE dossier_id = ${id}::uuid`).rejects.toThrow(/permission denied|append-only/);
      await expect(app.$executeRawUnsafe("ALTER TABLE dossier_event DISABLE TRIGGER dossier_event_append_only")).rejects.toThrow(/owner|permission denied/);
      await expect(app.$executeRawUnsafe("TRUNCATE dossier_event")).rejects.toThrow(/permission denied|append-only/);
      // What the app does need still works.
      await app.$executeRaw`UPDATE dossier SET updated_at = now() WHERE id = ${id}::uuid`;
    } finally {
      await app.$disconnect();
    }
    expect(await verifyDossierTrail(id)).toEqual({ isValid: true, events: 4 });
  });
});
