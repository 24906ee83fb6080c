import { describe, expect, it } from "vitest";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { withdrawDossier } from "@/lib/dossiers/withdraw-dossier";
import { AppError } from "@/lib/errors";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "./world";

const now = hanoi("2026-03-02 09:00");

describe("nobody acts on what is not theirs", () => {
  it("another resident cannot withdraw someone's dossier: not found, nothing changes", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, now);
    await expect(withdrawDossier({ dossierId: id, actor: world.otherResident, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await testDb.dossier.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("a desk officer of another agency cannot receive it", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, now);
    await expect(receiveDossier({ dossierId: id, actor: world.outsideDesk, now })).rejects.toBeInstanceOf(AppError);
    expect(await testDb.dossierEvent.count({ where: { dossierId: id } })).toBe(2);
  });

  it("a resident cannot take an officer's action, and a refused action leaves no trace", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, now);
    await expect(receiveDossier({ dossierId: id, actor: world.resident, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(forwardDossier({ dossierId: id, actor: world.desk, now })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier).toMatchObject({ status: "SUBMITTED", version: 1, code: null });
    expect(await testDb.outboxMessage.count({ where: { payload: { path: ["dossierId"], equals: id } } })).toBe(1);
  });
});

describe("the unit holding the dossier", () => {
  it("is the only one of its agency that can move it on, besides the leaders", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, now);
    await receiveDossier({ dossierId: id, actor: world.desk, now });
    await forwardDossier({ dossierId: id, actor: world.desk, now });
    // Now held by Phòng Văn hóa - Xã hội: the one-stop desk cannot push it further.
    await expect(forwardDossier({ dossierId: id, actor: world.desk, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await forwardDossier({ dossierId: id, actor: world.specialist, now });
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier.version).toBe(4);
  });
});
