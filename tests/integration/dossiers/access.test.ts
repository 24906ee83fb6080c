import { describe, expect, it } from "vitest";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { consultAgency } from "@/lib/dossiers/consult-agency";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { recordPayment } from "@/lib/dossiers/record-payment";
import { requestPayment } from "@/lib/dossiers/request-payment";
import { stopProcessing } from "@/lib/dossiers/stop-processing";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { withdrawDossier } from "@/lib/dossiers/withdraw-dossier";
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
    await expect(receiveDossier({ dossierId: id, actor: world.outsideDesk, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
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

describe("seeing a dossier is not deciding on it", () => {
  it("a consulted agency answers its consultation and can do nothing else", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, now);
    await receiveDossier({ dossierId: id, actor: world.desk, now });
    await forwardDossier({ dossierId: id, actor: world.desk, now });
    await consultAgency({ dossierId: id, actor: world.specialist, agencyId: world.otherAgency.id, question: "Xác minh", dueAt: hanoi("2026-03-04 17:00"), now });
    const later = hanoi("2026-03-02 10:00");
    const attempts = [
      () => approveDossier({ dossierId: id, actor: world.outsideLeader, now: later }),
      () => stopProcessing({ dossierId: id, actor: world.outsideLeader, now: later, reason: "Không có thẩm quyền" }),
      () => issueApology({ dossierId: id, actor: world.outsideLeader, now: later, reason: "x", newDueAt: hanoi("2026-03-20 17:00") }),
      () => forwardDossier({ dossierId: id, actor: world.outsideLeader, now: later }),
      () => markResultReady({ dossierId: id, actor: world.outsideSpecialist, now: later, resultDocument: null }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    // draft 0 → submitted 1 → received 2 → forwarded 3 → consulted 4, and nothing since.
    expect((await testDb.dossier.findUniqueOrThrow({ where: { id } })).version).toBe(4);
  });

  it("a handler from another agency cannot be given the dossier", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, now);
    await receiveDossier({ dossierId: id, actor: world.desk, now });
    const outsider = world.outsideSpecialist.kind === "OFFICER" ? world.outsideSpecialist.userId : "";
    await expect(forwardDossier({ dossierId: id, actor: world.desk, now, handlerId: outsider })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("nobody but the payment gateway confirms an online payment", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, now);
    await receiveDossier({ dossierId: id, actor: world.desk, now });
    await requestPayment({ dossierId: id, actor: world.desk, now, amountVnd: 50_000, reason: "Lệ phí" });
    await expect(recordPayment({ dossierId: id, actor: world.resident, now, method: "ONLINE", reference: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordPayment({ dossierId: id, actor: world.desk, now, method: "ONLINE", reference: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await recordPayment({ dossierId: id, actor: { kind: "SYSTEM" }, now, method: "ONLINE", reference: "VNPAY-123" });
    expect(await testDb.dossier.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RECEIVED", isPaidOnline: true });
  });
});
