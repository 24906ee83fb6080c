// Filing against a real PostgreSQL and the local file storage: drafts started once per key, papers
// checked by content and kept consistent with their rows, a draft sent once, stale drafts deleted
// with their trail and files, and nothing of another resident's reachable.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/dossiers/save-draft";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { startFiling } from "@/lib/filing/drafts";
import { attachDocument, AUTHORISATION_SLOT, removeDraftDocument } from "@/lib/filing/uploads";
import { deleteStaleDrafts, sweepStorageIntents } from "@/lib/jobs/housekeeping";
import { storage } from "@/lib/storage";
import { testDb } from "../support/db";
import { hanoi, makeWorld, submittedDossier } from "./dossiers/world";

const now = hanoi("2026-03-02 09:00");
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...new Array(200).fill(0)]);

async function draftOf(world: Awaited<ReturnType<typeof makeWorld>>, key = crypto.randomUUID()) {
  return startFiling({ actor: world.resident, procedureCode: world.procedure.code, agencyId: world.agency.id, idempotencyKey: key, now });
}

async function paperSlot(procedureId: string): Promise<string> {
  const paper = await testDb.procedureDocument.create({ data: { procedureId, position: 1, name: "Giấy chứng sinh", isRequired: true } });
  return paper.id;
}

describe("starting a draft", () => {
  it("the same key (a double click, a retry, a second tab) finds the same draft, even at once", async () => {
    const world = await makeWorld();
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => draftOf(world, key)));
    expect(new Set(results.map((result) => result.dossierId)).size).toBe(1);
    expect(await testDb.dossier.count({ where: { procedureId: world.procedure.id } })).toBe(1);
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id: results[0]!.dossierId } });
    expect(dossier.reference).toMatch(/^NOP-260302-[A-Z2-9]{6}$/);
    expect(dossier.lookupCode).toMatch(/^[A-Z2-9]{8}$/);
  });

  it("another person's key is not theirs to reuse", async () => {
    const world = await makeWorld();
    const key = crypto.randomUUID();
    await draftOf(world, key);
    await expect(startFiling({ actor: world.otherResident, procedureCode: world.procedure.code, agencyId: world.agency.id, idempotencyKey: key, now })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("papers", () => {
  it("are recognised by their content, stored with their SHA-256, and a new upload replaces the slot's file", async () => {
    const world = await makeWorld();
    const slot = await paperSlot(world.procedure.id);
    const { dossierId } = await draftOf(world);
    const first = await attachDocument({ actor: world.resident, dossierId, slot, fileName: "chung-sinh.pdf", bytes: PDF, now });
    expect(first.ok).toBe(true);
    const second = await attachDocument({ actor: world.resident, dossierId, slot, fileName: "anh chụp.PNG", bytes: PNG, now });
    expect(second.ok).toBe(true);
    const documents = await testDb.document.findMany({ where: { dossierId } });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ mimeType: "image/png", name: "anh chụp.png", sizeBytes: PNG.length, sha256: createHash("sha256").update(PNG).digest("hex") });
    expect(await storage().get(documents[0]!.storageKey)).toEqual(PNG);
    // The replaced file is gone from storage, and no intent is left behind.
    const firstKey = `dossiers/${dossierId}/${(first as { documentId: string }).documentId}`;
    expect(await storage().get(firstKey)).toBeNull();
    expect(await testDb.storageIntent.count()).toBe(0);
  });

  it.each([
    ["a renamed executable", EXE, "type"],
    ["an empty file", new Uint8Array(0), "empty"],
    ["a file over the limit", new Uint8Array(10 * 1024 * 1024 + 1), "tooLarge"],
  ] as const)("refuses %s and keeps no row and no file", async (_label, bytes, error) => {
    const world = await makeWorld();
    const slot = await paperSlot(world.procedure.id);
    const { dossierId } = await draftOf(world);
    expect(await attachDocument({ actor: world.resident, dossierId, slot, fileName: "x.pdf", bytes, now })).toEqual({ ok: false, error });
    expect(await testDb.document.count({ where: { dossierId } })).toBe(0);
    expect(await testDb.storageIntent.count()).toBe(0);
  });

  it("refuses a slot of another procedure, and papers once the dossier is sent", async () => {
    const world = await makeWorld();
    const other = await makeWorld();
    const foreignSlot = await paperSlot(other.procedure.id);
    const { dossierId } = await draftOf(world);
    expect(await attachDocument({ actor: world.resident, dossierId, slot: foreignSlot, fileName: "x.pdf", bytes: PDF, now })).toEqual({ ok: false, error: "slot" });
    await submitDossier({ dossierId, actor: world.resident, now });
    expect(await attachDocument({ actor: world.resident, dossierId, slot: AUTHORISATION_SLOT, fileName: "x.pdf", bytes: PDF, now })).toEqual({ ok: false, error: "notEditable" });
  });

  it("another resident can neither add to nor remove from someone's draft", async () => {
    const world = await makeWorld();
    const { dossierId } = await draftOf(world);
    const mine = await attachDocument({ actor: world.resident, dossierId, slot: AUTHORISATION_SLOT, fileName: "uy-quyen.pdf", bytes: PDF, now });
    await expect(attachDocument({ actor: world.otherResident, dossierId, slot: AUTHORISATION_SLOT, fileName: "x.pdf", bytes: PDF, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await removeDraftDocument({ actor: world.otherResident, dossierId, documentId: (mine as { documentId: string }).documentId })).toBe(false);
    expect(await testDb.document.count({ where: { dossierId } })).toBe(1);
  });

  it("the dossier's total is checked under a lock: concurrent uploads cannot pass the limit together", async () => {
    const world = await makeWorld();
    const slots = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((position) => testDb.procedureDocument.create({ data: { procedureId: world.procedure.id, position, name: `Giấy ${position}` } })),
    );
    const { dossierId } = await draftOf(world);
    // 6 × 9.5 MB against the default 50 MB: at most five fit.
    const big = new Uint8Array(Math.round(9.5 * 1024 * 1024));
    big.set(PDF);
    const results = await Promise.all(slots.map((slot) => attachDocument({ actor: world.resident, dossierId, slot: slot.id, fileName: "x.pdf", bytes: big, now })));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "dossierFull" }]);
    expect(await testDb.document.count({ where: { dossierId } })).toBe(5);
    expect(await testDb.storageIntent.count()).toBe(0);
  });
});

describe("sending", () => {
  it("two sends of the same draft at once make one SUBMIT in the trail", async () => {
    const world = await makeWorld();
    const { dossierId } = await draftOf(world);
    const results = await Promise.allSettled([0, 1, 2].map(() => submitDossier({ dossierId, actor: world.resident, now, expectedVersion: 0 })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.dossierEvent.count({ where: { dossierId, action: "SUBMIT" } })).toBe(1);
  });

  it("the applicant step may name only an organisation the resident belongs to", async () => {
    const world = await makeWorld();
    const { dossierId } = await draftOf(world);
    const organization = await testDb.organization.create({ data: { taxCode: "0100109106", name: "Công ty thử nghiệm" } });
    await expect(
      saveDraft({ dossierId, actor: world.resident, now, applicant: { applicantType: "BUSINESS", organizationId: organization.id, snapshot: { fullName: "A" } } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("housekeeping", () => {
  it("deletes drafts past their retention with their trail and files, and nothing that was sent", async () => {
    const world = await makeWorld();
    const { dossierId: stale } = await draftOf(world);
    const paper = await attachDocument({ actor: world.resident, dossierId: stale, slot: AUTHORISATION_SLOT, fileName: "x.pdf", bytes: PDF, now });
    const key = `dossiers/${stale}/${(paper as { documentId: string }).documentId}`;
    const sent = await submittedDossier(world, now);
    await testDb.$executeRaw`UPDATE dossier SET updated_at = now() - interval '40 days' WHERE id IN (${stale}::uuid, ${sent}::uuid)`;
    const { dossierId: fresh } = await draftOf(world);

    expect(await deleteStaleDrafts(testDb, storage(), new Date(Date.now() - 30 * 86_400_000))).toBe(1);
    expect(await testDb.dossier.findUnique({ where: { id: stale } })).toBeNull();
    expect(await testDb.dossierEvent.count({ where: { dossierId: stale } })).toBe(0);
    expect(await storage().get(key)).toBeNull();
    expect(await testDb.dossier.findUnique({ where: { id: sent } })).not.toBeNull();
    expect(await testDb.dossierEvent.count({ where: { dossierId: sent } })).toBe(2);
    expect(await testDb.dossier.findUnique({ where: { id: fresh } })).not.toBeNull();
    expect(await testDb.storageIntent.count()).toBe(0);
  });

  it("the trail of a sent dossier still cannot be deleted, even by the owner's function", async () => {
    const world = await makeWorld();
    const sent = await submittedDossier(world, now);
    const rows = await testDb.$queryRaw<{ deleted: boolean }[]>`SELECT delete_draft_dossier(${sent}::uuid) AS deleted`;
    expect(rows).toEqual([{ deleted: false }]);
    await expect(testDb.$executeRaw`DELETE FROM dossier_event WHERE dossier_id = ${sent}::uuid`).rejects.toThrow(/append-only/);
  });

  it("a file a crash left without its row is deleted once its intent is old; one with a row is kept", async () => {
    const world = await makeWorld();
    const { dossierId } = await draftOf(world);
    const kept = await attachDocument({ actor: world.resident, dossierId, slot: AUTHORISATION_SLOT, fileName: "x.pdf", bytes: PDF, now });
    const keptKey = `dossiers/${dossierId}/${(kept as { documentId: string }).documentId}`;
    const orphanKey = `dossiers/${dossierId}/01900000-0000-7000-8000-000000000000`;
    await storage().put(orphanKey, PDF, "application/pdf");
    await testDb.storageIntent.createMany({ data: [{ key: orphanKey, createdAt: new Date(Date.now() - 2 * 3600_000) }, { key: keptKey, createdAt: new Date(Date.now() - 2 * 3600_000) }] });
    expect(await sweepStorageIntents(testDb, storage(), new Date())).toBe(1);
    expect(await storage().get(orphanKey)).toBeNull();
    expect(await storage().get(keptKey)).toEqual(PDF);
    expect(await testDb.storageIntent.count()).toBe(0);
  });
});
