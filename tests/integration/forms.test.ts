// The printed forms read from the database: a dossier's forms only for the officers in whose scope
// it is (never a draft), each form from the records the engine wrote, and the ledger of an agency
// by Hà Nội days of receipt, the same rows on screen and in the export, each row an access recorded.
import { beforeAll, describe, expect, it } from "vitest";
import type { OfficerActor } from "@/lib/auth/staff";
import { clearCalendarCache } from "@/lib/calendar/load";
import type { Actor } from "@/lib/dossiers/actor";
import { createDraft } from "@/lib/dossiers/create-draft";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { refuseAtReceipt } from "@/lib/dossiers/refuse-at-receipt";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { loadDossierForm, loadFormSource } from "@/lib/forms/dossier-forms";
import { ledgerBatches, ledgerPage } from "@/lib/forms/ledger";
import { periodOf } from "@/lib/forms/ledger-period";
import { installCalendar } from "../support/calendar";
import { testDb } from "../support/db";
import { hanoi, makeWorld, submittedDossier, type World } from "./dossiers/world";

const officer = (actor: Actor) => actor as OfficerActor;
const november = periodOf("2026-11-01", "2026-11-30");

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  clearCalendarCache();
});

async function receivedDossier(world: World, at: string): Promise<{ id: string; code: string }> {
  const id = await submittedDossier(world, hanoi(at));
  const { code } = await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi(at) });
  return { id, code: code! };
}

describe("a dossier's forms", () => {
  it("are for the officers in whose scope the dossier is, and never of a draft", async () => {
    const world = await makeWorld();
    const { id } = await receivedDossier(world, "2026-11-02 09:00");
    const now = hanoi("2026-11-02 10:00");
    expect(await loadFormSource(officer(world.desk), id)).not.toBeNull();
    expect(await loadDossierForm(officer(world.leader), id, "05", now)).not.toBeNull();
    // A specialist sees what their unit holds or held: not yet, then once it is handed to them.
    expect(await loadDossierForm(officer(world.specialist), id, "05", now)).toBeNull();
    await forwardDossier({ dossierId: id, actor: world.desk, handlerId: officer(world.specialist).userId, now });
    expect(await loadDossierForm(officer(world.specialist), id, "05", now)).not.toBeNull();
    for (const form of ["01", "05"] as const) expect(await loadDossierForm(officer(world.outsideDesk), id, form, now), form).toBeNull();
    expect(await loadFormSource(officer(world.outsideLeader), id)).toBeNull();
    expect(await loadFormSource(officer(world.desk), "not-a-dossier")).toBeNull();
    const { dossierId: draft } = await createDraft({ actor: world.resident, now, procedureCode: world.procedure.code, agencyId: world.agency.id, formData: {} });
    expect(await loadFormSource(officer(world.desk), draft)).toBeNull();
  });

  it("are read from the records: the request to supplement, the apology, the control slip, the receipt", async () => {
    const world = await makeWorld();
    const { id, code } = await receivedDossier(world, "2026-11-02 09:00");
    await issueApology({ dossierId: id, actor: world.leader, reason: "Chờ xác minh", newDueAt: hanoi("2026-11-16 10:00"), now: hanoi("2026-11-03 15:00") });
    await requestSupplement({
      dossierId: id, actor: world.desk, now: hanoi("2026-11-04 10:00"),
      reason: "Tờ khai chưa ký", items: [{ name: "Tờ khai", note: "Ký đủ hai trang" }, { name: "Giấy chứng sinh" }],
    });
    const now = hanoi("2026-11-04 11:00");
    const supplement = await loadDossierForm(officer(world.desk), id, "02", now);
    expect(supplement).toMatchObject({ form: "02", dossierLabel: code, available: ["01", "02", "04", "05"] });
    if (supplement?.form !== "02") throw new Error("no Mẫu 02");
    expect(supplement.sheets[0]!.table!.rows).toEqual([["1", "Tờ khai", "Ký đủ hai trang"], ["2", "Giấy chứng sinh", ""]]);
    expect(supplement.sheets[0]!.after[0]!.text).toBe("Lý do: Tờ khai chưa ký");

    const apology = await loadDossierForm(officer(world.desk), id, "04", now);
    if (apology?.form !== "04") throw new Error("no Mẫu 04");
    const words = apology.sheets[0]!.before.map((line) => line.text).join("\n");
    expect(words).toContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả: ngày 09/11/2026.");
    expect(words).toContain("vào ngày 16/11/2026.");
    expect(apology.sheets[0]!.signatures[0]!.name).toBe((await testDb.user.findUniqueOrThrow({ where: { id: (world.leader as OfficerActor).userId } })).fullName);

    const slip = await loadDossierForm(officer(world.desk), id, "05", now);
    if (slip?.form !== "05") throw new Error("no Mẫu 05");
    expect(slip.sheets[0]!.table!.rows.map((row) => row[1]!.split("\n")[0])).toEqual(["Tiếp nhận hồ sơ"]);

    const receipt = await loadDossierForm(officer(world.desk), id, "01", now);
    expect(receipt).toMatchObject({ form: "01", receipt: { code } });
    expect(await loadDossierForm(officer(world.desk), id, "03", now)).toBeNull();
  });

  it("a refusal at receipt gives Mẫu 03 with the reason of its event, and no receipt", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-11-02 08:00"));
    await refuseAtReceipt({ dossierId: id, actor: world.desk, now: hanoi("2026-11-02 09:00"), reason: "Không thuộc thẩm quyền" });
    const refusal = await loadDossierForm(officer(world.desk), id, "03", hanoi("2026-11-02 10:00"));
    if (refusal?.form !== "03") throw new Error("no Mẫu 03");
    expect(refusal.available).toEqual(["03"]);
    expect(refusal.dossierLabel).toMatch(/^NOP-\d{6}-[A-Z2-9]{6}$/);
    expect(refusal.sheets[0]!.before.map((line) => line.text)).toContain("Không thuộc thẩm quyền");
    expect(await loadDossierForm(officer(world.desk), id, "01", hanoi("2026-11-02 10:00"))).toBeNull();
  });
});

describe("the ledger", () => {
  it("holds the dossiers the agency resolves or received, by Hà Nội day of receipt, and no one else's", async () => {
    const world = await makeWorld();
    const other = await makeWorld();
    const first = await receivedDossier(world, "2026-11-01 00:10");
    await receivedDossier(world, "2026-10-31 23:50");
    const last = await receivedDossier(world, "2026-11-30 23:50");
    await receivedDossier(world, "2026-12-01 00:05");
    await submittedDossier(world, hanoi("2026-11-10 09:00"));
    const elsewhere = await receivedDossier(other, "2026-11-10 09:00");
    const handedIn = await receivedDossier(other, "2026-11-11 09:00");
    // Handed in at this agency's desk for the other agency (a service centre's case).
    await testDb.dossier.update({ where: { id: handedIn.id }, data: { receivingAgencyId: world.agency.id } });

    const page = await ledgerPage(officer(world.desk), november, 1);
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.code)).toEqual([first.code, handedIn.code, last.code]);
    expect(page.rows.map((row) => row.code)).not.toContain(elsewhere.code);
    const theirs = await ledgerPage(officer(other.desk), november, 1);
    expect(theirs.rows.map((row) => row.code)).toEqual([elsewhere.code, handedIn.code]);
    // A specialist's ledger holds only what their unit holds or held.
    expect((await ledgerPage(officer(world.specialist), november, 1)).total).toBe(0);
    await forwardDossier({ dossierId: last.id, actor: world.desk, now: hanoi("2026-12-01 09:00") });
    expect((await ledgerPage(officer(world.specialist), november, 1)).rows.map((row) => row.code)).toEqual([last.code]);
  });

  it("records every row it shows or exports as an access the applicant sees", async () => {
    const world = await makeWorld();
    const { id } = await receivedDossier(world, "2026-11-03 09:00");
    await ledgerPage(officer(world.desk), november, 1);
    for await (const batch of ledgerBatches(officer(world.desk), november)) expect(batch).toHaveLength(1);
    // Ordered as the enum is declared: VIEW, CHANGE, DOWNLOAD.
    const accesses = await testDb.dossierAccess.findMany({ where: { dossierId: id }, orderBy: { kind: "asc" }, select: { kind: true, detail: true, userId: true, agencyId: true } });
    expect(accesses).toEqual([
      { kind: "VIEW", detail: "Mẫu 06", userId: officer(world.desk).userId, agencyId: world.agency.id },
      { kind: "DOWNLOAD", detail: "Mẫu 06", userId: officer(world.desk).userId, agencyId: world.agency.id },
    ]);
  });

  it("exports the whole period batch after batch, each dossier once, in the page's order", async () => {
    const world = await makeWorld();
    for (const at of ["2026-11-03 09:00", "2026-11-03 09:00", "2026-11-03 09:00", "2026-11-04 10:00", "2026-11-05 11:00"]) await receivedDossier(world, at);
    const page = await ledgerPage(officer(world.desk), november, 1);
    const exported = [];
    for await (const batch of ledgerBatches(officer(world.desk), november, 2)) exported.push(...batch);
    expect(exported.map((row) => row.code)).toEqual(page.rows.map((row) => row.code));
    expect(new Set(exported.map((row) => row.code)).size).toBe(5);
  });
});
