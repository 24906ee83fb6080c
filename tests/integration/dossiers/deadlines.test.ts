// The engine's dates through the real commands on a real calendar: waits for the applicant move
// both dates, a dossier never received counts nowhere, the desk-to-unit leg has a deadline, and a
// provisional appointment is recomputed, with an event, when the administrator publishes the year.
import { beforeEach, describe, expect, it } from "vitest";
import { formatLocalIso } from "@/lib/calendar";
import { clearCalendarCache } from "@/lib/calendar/load";
import { publishCalendarYear } from "@/lib/calendar/publish-year";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { findMisdatedDossiers } from "@/lib/dossiers/find-misdated-dossiers";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { recomputeProvisionalDueDates } from "@/lib/dossiers/recompute-due-dates";
import { recordPayment } from "@/lib/dossiers/record-payment";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { requestPayment } from "@/lib/dossiers/request-payment";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { withdrawDossier } from "@/lib/dossiers/withdraw-dossier";
import { installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "./world";

const RESULT = { name: "kq.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "c".repeat(64), storageKey: "" };
const result = (id: string) => ({ ...RESULT, storageKey: `results/${id}.pdf` });

beforeEach(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true }, 2027: { isPublished: false } });
  clearCalendarCache();
});

describe("dates through the commands", () => {
  it("apology on 11 Mar, payment 12–17 Mar, result on 17 Mar 11:00: not late", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-03-09 08:00"));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-09 09:00") });
    await forwardDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-09 09:30") });
    await issueApology({ dossierId: id, actor: world.leader, reason: "Chờ xác minh", newDueAt: hanoi("2026-03-20 17:00"), now: hanoi("2026-03-11 10:00") });
    await requestPayment({ dossierId: id, actor: world.specialist, amountVnd: 100_000, reason: "Lệ phí", now: hanoi("2026-03-12 09:00") });
    await recordPayment({ dossierId: id, actor: world.desk, method: "CASH", now: hanoi("2026-03-17 09:00") });
    let dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(formatLocalIso(dossier.referenceDueAt!)).toBe("2026-03-19T09:00:00+07:00");
    expect(formatLocalIso(dossier.dueAt!)).toBe("2026-03-25T17:00:00+07:00");
    await forwardDossier({ dossierId: id, actor: world.specialist, now: hanoi("2026-03-17 09:30") });
    await forwardDossier({ dossierId: id, actor: world.head, now: hanoi("2026-03-17 10:00") });
    await approveDossier({ dossierId: id, actor: world.leader, now: hanoi("2026-03-17 10:30") });
    await markResultReady({ dossierId: id, actor: world.desk, resultDocument: result(id), now: hanoi("2026-03-17 11:00") });
    dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier.timeliness).toBe("EARLY");
    const rows = await testDb.statDaily.findMany({ where: { agencyId: world.agency.id } });
    expect(rows.reduce((sum, row) => sum + row.resolvedLate, 0)).toBe(0);
    expect(rows.reduce((sum, row) => sum + row.apologies, 0)).toBe(1);
  });

  it("a supplement asked at the desk, then a withdrawal, counts nowhere among received dossiers", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-03-09 08:00"));
    await requestSupplement({ dossierId: id, actor: world.desk, reason: "Thiếu bản sao", items: [{ name: "Giấy chứng sinh" }], now: hanoi("2026-03-09 09:00") });
    expect(await testDb.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, supplementCount: true } })).toEqual({ status: "SUPPLEMENT_BEFORE_RECEIPT", supplementCount: 0 });
    await withdrawDossier({ dossierId: id, actor: world.resident, now: hanoi("2026-03-10 09:00") });
    const daily = await testDb.statDaily.findMany({ where: { agencyId: world.agency.id } });
    expect(daily.every((row) => row.received === 0 && row.supplementRequests === 0 && row.withdrawn === 0)).toBe(true);
    const counts = await testDb.statStatus.findMany({ where: { agencyId: world.agency.id, count: { not: 0 } } });
    expect(counts).toEqual([]);
    await recountRollups();
    expect(await testDb.statStatus.findMany({ where: { agencyId: world.agency.id, count: { not: 0 } } })).toEqual([]);
  });

  it("the desk-to-unit leg of a dossier received after 15:00 is due the next morning", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-03-09 08:00"));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-09 15:30") });
    await forwardDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-10 14:00") });
    const receipt = await testDb.processingStep.findFirstOrThrow({ where: { dossierId: id, kind: "RECEIPT" } });
    expect(receipt).toMatchObject({ dueAt: hanoi("2026-03-10 12:00"), duePrecision: "INSTANT", completedAt: hanoi("2026-03-10 14:00"), outcome: "LATE" });
  });

  it("a provisional appointment is recomputed, with an event, when the year is published", async () => {
    const world = await makeWorld({ timeLimit: { value: 15, unit: "WORKING_DAYS" } });
    const id = await submittedDossier(world, hanoi("2026-12-21 08:00"));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-12-21 09:00") });
    let dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    // Fifteen working days reach into 2027, whose schedule is not published: Monday–Friday guessed.
    expect(formatLocalIso(dossier.dueAt!)).toBe("2027-01-11T09:00:00+07:00");
    expect(dossier.isDueProvisional).toBe(true);

    // The administrator enters 2027 (New Year's Day off) and publishes it.
    await installCalendar(testDb, { 2026: { isPublished: true }, 2027: { isPublished: false, daysOff: ["2027-01-01"] } });
    await publishCalendarYear({ year: 2027, now: hanoi("2026-12-22 10:00"), source: "Thông báo lịch nghỉ năm 2027" });
    const summary = await recomputeProvisionalDueDates({ now: hanoi("2026-12-22 10:00"), reason: "Lịch năm 2027 đã được công bố" });
    expect(summary).toEqual({ checked: 1, recomputed: 1, stillProvisional: 0 });

    dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(formatLocalIso(dossier.dueAt!)).toBe("2027-01-12T09:00:00+07:00");
    expect(dossier.isDueProvisional).toBe(false);
    const last = await testDb.dossierEvent.findFirstOrThrow({ where: { dossierId: id }, orderBy: { sequence: "desc" } });
    expect(last).toMatchObject({ action: "RECOMPUTE_DUE_DATE", actorRole: "SYSTEM", payload: expect.objectContaining({ previousDueAt: "2027-01-11T02:00:00.000Z", dueAt: "2027-01-12T02:00:00.000Z" }) });
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: true });
    // Nothing left to recompute.
    expect(await recomputeProvisionalDueDates({ now: hanoi("2026-12-22 11:00"), reason: "x" })).toEqual({ checked: 0, recomputed: 0, stillProvisional: 0 });
  });

  it("lists, without rewriting them, the appointments computed over days since corrected", async () => {
    // The calendar as it was before the 2026 National Day notice: 22 Aug off, 31 Aug worked.
    await installCalendar(testDb, { 2026: { isPublished: true } }, { "2026-08-22": false, "2026-08-31": true });
    clearCalendarCache();
    const world = await makeWorld();
    const wrong = await submittedDossier(world, hanoi("2026-08-28 08:00"));
    await receiveDossier({ dossierId: wrong, actor: world.desk, now: hanoi("2026-08-28 10:00") });
    const untouched = await submittedDossier(world, hanoi("2026-03-02 08:00"));
    await receiveDossier({ dossierId: untouched, actor: world.desk, now: hanoi("2026-03-02 10:00") });
    expect(formatLocalIso((await testDb.dossier.findUniqueOrThrow({ where: { id: wrong } })).dueAt!)).toBe("2026-09-08T10:00:00+07:00");

    await installCalendar(testDb, { 2026: { isPublished: true } });
    const listed = await findMisdatedDossiers({ from: "2026-08-22", to: "2026-09-02" });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: "RECEIVED", dueAt: hanoi("2026-09-08 10:00"), correctDueAt: hanoi("2026-09-09 10:00") });
    // Without a range every clocked dossier is replayed (the dossier received on 2 March is fine).
    const all = (await findMisdatedDossiers()).map((row) => row.code);
    expect(all).toContain(listed[0]!.code);
    expect(all).not.toContain((await testDb.dossier.findUniqueOrThrow({ where: { id: untouched } })).code);
    // Listed, not rewritten: the date promised on the receipt stays until someone decides.
    expect(formatLocalIso((await testDb.dossier.findUniqueOrThrow({ where: { id: wrong } })).dueAt!)).toBe("2026-09-08T10:00:00+07:00");
  });
});
