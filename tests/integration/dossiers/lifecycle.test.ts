import { describe, expect, it } from "vitest";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { consultAgency } from "@/lib/dossiers/consult-agency";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { rateDossier } from "@/lib/dossiers/rate-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { recordConsultationReply } from "@/lib/dossiers/record-consultation-reply";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { returnResult } from "@/lib/dossiers/return-result";
import { sendBack } from "@/lib/dossiers/send-back";
import { supplementDossier } from "@/lib/dossiers/supplement-dossier";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { formatLocalIso } from "@/lib/calendar";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "./world";

function formatSlipTime(date: Date | null): string {
  if (!date) return "—";
  const iso = formatLocalIso(date);
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

describe("a dossier from draft to result returned", () => {
  it("walks through a supplement, a bounce, a consultation and an apology, and prints its control slip", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-03-02 08:10"));

    const received = await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:00") });
    expect(received.code).toMatch(new RegExp(`^${world.agency.code.replace(/\./g, "\\.")}-260302-0001$`));
    let dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(formatLocalIso(dossier.dueAt!)).toBe("2026-03-09T09:00:00+07:00");

    await forwardDossier({ dossierId: id, actor: world.desk, handlerId: world.specialist.kind === "OFFICER" ? world.specialist.userId : null, now: hanoi("2026-03-02 09:05") });
    await requestSupplement({
      dossierId: id, actor: world.specialist, now: hanoi("2026-03-03 10:00"),
      reason: "Giấy chứng sinh là bản sao không chứng thực", items: [{ name: "Giấy chứng sinh", note: "bản chính" }],
    });
    await supplementDossier({ dossierId: id, actor: world.resident, now: hanoi("2026-03-04 14:00") });
    dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    // The clock restarted from zero: five working days from the complete dossier.
    expect(formatLocalIso(dossier.dueAt!)).toBe("2026-03-11T14:00:00+07:00");
    expect(dossier.status).toBe("IN_PROCESSING");

    await forwardDossier({ dossierId: id, actor: world.specialist, now: hanoi("2026-03-05 09:00") });
    await sendBack({ dossierId: id, actor: world.head, reason: "Thiếu đối chiếu dữ liệu dân cư", now: hanoi("2026-03-05 11:00") });
    await consultAgency({
      dossierId: id, actor: world.specialist, agencyId: world.otherAgency.id, question: "Xác minh nơi cư trú",
      dueAt: hanoi("2026-03-06 17:00"), now: hanoi("2026-03-05 14:00"),
    });
    const consultation = await testDb.consultation.findFirstOrThrow({ where: { dossierId: id } });
    await recordConsultationReply({ dossierId: id, actor: world.outsideSpecialist, consultationId: consultation.id, reply: "Đúng nơi cư trú", now: hanoi("2026-03-06 10:00") });
    await issueApology({ dossierId: id, actor: world.leader, reason: "Chờ kết quả xác minh liên thông", newDueAt: hanoi("2026-03-13 17:00"), now: hanoi("2026-03-09 09:00") });
    await forwardDossier({ dossierId: id, actor: world.specialist, now: hanoi("2026-03-10 09:00") });
    await forwardDossier({ dossierId: id, actor: world.head, now: hanoi("2026-03-10 15:00") });
    await approveDossier({ dossierId: id, actor: world.leader, now: hanoi("2026-03-11 09:00") });
    await forwardDossier({ dossierId: id, actor: world.leader, now: hanoi("2026-03-11 09:30") });
    await markResultReady({
      dossierId: id, actor: world.desk, now: hanoi("2026-03-12 10:00"),
      resultDocument: { name: "giay-khai-sinh.pdf", mimeType: "application/pdf", sizeBytes: 1024, sha256: "a".repeat(64), storageKey: `results/${id}.pdf` },
    });
    await returnResult({ dossierId: id, actor: world.desk, now: hanoi("2026-03-12 14:00") });
    await rateDossier({ dossierId: id, actor: world.resident, rating: { overall: "SATISFIED" }, now: hanoi("2026-03-12 15:00") });

    dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    // Finished on 12 Mar, after the first appointment (11 Mar 14:00): the apology moved the
    // resident's date, but the agency's record says late.
    expect(dossier).toMatchObject({ status: "RETURNED", hasApology: true, bounceCount: 1, supplementCount: 1, timeliness: "LATE", resolution: "APPROVED" });
    expect(formatLocalIso(dossier.referenceDueAt!)).toBe("2026-03-11T14:00:00+07:00");

    const slip = await testDb.processingStep.findMany({
      where: { dossierId: id }, orderBy: { sequence: "asc" },
      include: { unit: { select: { name: true } }, agency: { select: { name: true } } },
    });
    const lines = slip.map((row) =>
      [String(row.sequence).padStart(2), row.kind.padEnd(12), (row.unit?.name ?? row.agency.name).padEnd(46), formatSlipTime(row.startedAt), "→", formatSlipTime(row.completedAt), (row.outcome ?? "đang xử lý").padEnd(8), row.isBounce ? "trả lại" : ""].join("  "),
    );
    console.log(`Phiếu kiểm soát quá trình giải quyết hồ sơ ${dossier.code}\n${lines.join("\n")}`);
    expect(slip.map((row) => row.kind)).toEqual(["RECEIPT", "PROCESSING", "PROCESSING", "PROCESSING", "CONSULTATION", "PROCESSING", "PROCESSING", "RETURN"]);
    expect(slip.filter((row) => row.isBounce)).toHaveLength(1);
    expect(slip.every((row) => row.completedAt !== null)).toBe(true);

    expect(await verifyDossierTrail(id)).toEqual({ isValid: true, events: 18 });
    const before = await testDb.statDaily.findMany({ orderBy: { day: "asc" } });
    await recountRollups();
    const after = await testDb.statDaily.findMany({ orderBy: { day: "asc" } });
    expect(after).toEqual(before);
    const totals = after.reduce((sum, row) => ({ received: sum.received + row.received, late: sum.late + row.resolvedLate, apologies: sum.apologies + row.apologies, bounces: sum.bounces + row.bounces }), { received: 0, late: 0, apologies: 0, bounces: 0 });
    expect(totals).toEqual({ received: 1, late: 1, apologies: 1, bounces: 1 });
    expect(await testDb.outboxMessage.count()).toBe(17);
  });

  it("counts a dossier asked to supplement twice after receipt as late in the statistics (QĐ 766)", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-03-02 08:10"));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:00") });
    await forwardDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:05") });
    for (const [asked, handedIn] of [["2026-03-02 10:00", "2026-03-02 11:00"], ["2026-03-03 09:00", "2026-03-03 10:00"]] as const) {
      await requestSupplement({ dossierId: id, actor: world.specialist, now: hanoi(asked), reason: "Thiếu giấy tờ", items: [{ name: "Tờ khai" }] });
      await supplementDossier({ dossierId: id, actor: world.resident, now: hanoi(handedIn) });
    }
    await forwardDossier({ dossierId: id, actor: world.specialist, now: hanoi("2026-03-03 11:00") });
    await forwardDossier({ dossierId: id, actor: world.head, now: hanoi("2026-03-03 14:00") });
    await approveDossier({ dossierId: id, actor: world.leader, now: hanoi("2026-03-03 15:00") });
    await markResultReady({
      dossierId: id, actor: world.desk, now: hanoi("2026-03-04 09:00"),
      resultDocument: { name: "kq.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "c".repeat(64), storageKey: `results/${id}` },
    });
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier).toMatchObject({ supplementCount: 2, timeliness: "EARLY" });
    const rows = await testDb.statDaily.findMany({ where: { agencyId: world.agency.id } });
    expect(rows.reduce((sum, row) => sum + row.resolvedLate, 0)).toBe(1);
    expect(rows.reduce((sum, row) => sum + row.resolvedEarly, 0)).toBe(0);
  });
});
