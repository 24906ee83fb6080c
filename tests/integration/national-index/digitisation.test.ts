// The digitisation group of the national index (docs/domain/national-index.md) through the portal's
// own paths: a resident signed in with VNeID files every paper online, another signed in by an
// email code leaves one out, the desk scans a walk-in's papers at the counter; one result is an
// agency's digitally signed PDF, the other a plain one that gets the QR stamp. The agency's index
// then shows each measure as counted by hand.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { residentActor, type SessionUser } from "@/lib/auth/session";
import type { OfficerActor } from "@/lib/auth/staff";
import { fileWalkIn } from "@/lib/back-office/walk-in";
import { clearCalendarCache } from "@/lib/calendar/load";
import type { Actor } from "@/lib/dossiers/actor";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { createDraft } from "@/lib/dossiers/create-draft";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { attachDocument } from "@/lib/filing/uploads";
import { agencyIndex } from "@/lib/national-index/measures";
import { monthPeriod } from "@/lib/statistics/period";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import { prepareResultDocument } from "@/lib/verification/issue-result";
import { installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, type World } from "../dossiers/world";

const NOW = hanoi("2026-11-20 16:00");
const FONT = fs.readFileSync(path.join(process.cwd(), "node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"));
const PAPER = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

/** An agency's decision as its office exports it; `signed`: with a digital signature's byte range. */
async function decisionPdf(signed: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(FONT, { subset: true });
  document.addPage([595.28, 841.89]).drawText("QUYET DINH", { x: 250, y: 760, size: 16, font });
  const bytes = await document.save();
  // What a signing tool leaves in the file: a signature dictionary with the signed byte range.
  return signed ? new Uint8Array([...bytes, ...new TextEncoder().encode("%/Type/Sig/ByteRange [0 100 200 300]\n")]) : bytes;
}

let world: World;
let paperIds: string[];

/** The world's resident as the session would make them: signed in with VNeID or by an email code. */
function resident(isIdentified: boolean): Actor {
  const userId = (world.resident as { userId: string }).userId;
  const user: SessionUser = { id: userId, role: "RESIDENT", fullName: "Nguyễn Văn Thử", email: null, isIdentified, organizations: [], post: null };
  return residentActor(user);
}

async function filedOnline(actor: Actor, papers: string[], at: Date): Promise<string> {
  const { dossierId } = await createDraft({ actor, now: at, procedureCode: world.procedure.code, agencyId: world.agency.id, formData: {} });
  for (const slot of papers) expect(await attachDocument({ actor, dossierId, slot, fileName: "giay-to.pdf", bytes: PAPER, now: at })).toMatchObject({ ok: true });
  await submitDossier({ dossierId, actor, now: at });
  await receiveDossier({ dossierId, actor: world.desk, now: new Date(at.getTime() + 30 * 60_000) });
  return dossierId;
}

async function resolved(dossierId: string, upload: Uint8Array, at: Date): Promise<void> {
  await forwardDossier({ dossierId, actor: world.desk, now: at });
  await forwardDossier({ dossierId, actor: world.specialist, now: new Date(at.getTime() + 60 * 60_000) });
  await forwardDossier({ dossierId, actor: world.head, now: new Date(at.getTime() + 2 * 60 * 60_000) });
  await approveDossier({ dossierId, actor: world.leader, now: new Date(at.getTime() + 3 * 60 * 60_000) });
  const now = new Date(at.getTime() + 4 * 60 * 60_000);
  const resultDocument = await prepareResultDocument({ dossierId, fileName: "quyet-dinh.pdf", bytes: upload, now });
  await markResultReady({ dossierId, actor: world.desk, now, resultDocument });
}

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  clearCalendarCache();
  world = await makeWorld();
  paperIds = [];
  for (const [position, isRequired] of [[1, true], [2, true], [3, false]] as const) {
    const paper = await testDb.procedureDocument.create({ data: { procedureId: world.procedure.id, position, name: `Giấy tờ số ${position}`, isRequired } });
    paperIds.push(paper.id);
  }
  const [first, second] = paperIds as [string, string, string];
  // 1: VNeID, every required paper, a signed result. 2: email code, one paper missing, a stamped result.
  const signed = await filedOnline(resident(true), [first, second], hanoi("2026-11-02 08:30"));
  await resolved(signed, await decisionPdf(true), hanoi("2026-11-03 08:30"));
  const stamped = await filedOnline(resident(false), [first], hanoi("2026-11-02 09:30"));
  await resolved(stamped, await decisionPdf(false), hanoi("2026-11-03 09:30"));
  // 3: at the counter, every paper scanned by the desk, still in processing.
  const walkIn = await fileWalkIn({
    actor: world.desk as OfficerActor, procedureCode: world.procedure.code, key: randomUUID(), now: hanoi("2026-11-04 10:00"),
    applicant: { fullName: "Trần Thị Quầy", nationalId: "001190012345", phone: "0912345678", address: "Số 1 phố Huế" }, answers: {},
    files: [first, second].map((slot) => ({ slot, fileName: "scan.pdf", bytes: PAPER })),
  });
  expect(walkIn).toMatchObject({ ok: true });
}, 60_000);

describe("the digitisation facts, as the portal records them", () => {
  it("records how each applicant was identified and whether each dossier held every paper at receipt", async () => {
    const dossiers = await testDb.dossier.findMany({ where: { agencyId: world.agency.id }, orderBy: { createdAt: "asc" }, select: { channel: true, isVneidAuthenticated: true, hasElectronicPapers: true } });
    expect(dossiers).toEqual([
      { channel: "ONLINE", isVneidAuthenticated: true, hasElectronicPapers: true },
      { channel: "ONLINE", isVneidAuthenticated: false, hasElectronicPapers: false },
      { channel: "IN_PERSON", isVneidAuthenticated: false, hasElectronicPapers: true },
    ]);
    const sent = await testDb.dossierEvent.findMany({ where: { action: "SUBMIT", dossier: { agencyId: world.agency.id } }, orderBy: { occurredAt: "asc" }, select: { payload: true } });
    expect(sent.map((event) => event.payload)).toEqual([{ identifiedBy: "VNEID" }, { identifiedBy: "EMAIL_CODE" }, { identifiedBy: "DESK" }]);
  });

  it("issues the signed PDF unchanged as an electronic result, the plain one stamped", async () => {
    const results = await testDb.dossierEvent.findMany({ where: { action: "MARK_RESULT_READY", dossier: { agencyId: world.agency.id } }, orderBy: { occurredAt: "asc" }, select: { payload: true } });
    const [signed, stamped] = results.map((event) => event.payload as Record<string, unknown>);
    expect(signed).toMatchObject({ resultSigned: true });
    expect(signed!.resultSha256).toBe(signed!.originalSha256);
    expect(stamped).toMatchObject({ resultSigned: false });
    expect(stamped!.resultSha256).not.toBe(stamped!.originalSha256);
  });
});

describe("the statistics and the index of the agency", () => {
  const period = () => monthPeriod(2026, 11, "2026-11-20");

  it("count 1 electronic result of 2, 2 receipts of 3 with every paper a file, 1 online receipt of 2 with VNeID", async () => {
    const { totals } = await statisticsFor({ kind: "agency", agency: world.agency.code }, period(), { now: NOW });
    expect(totals.digitisation).toEqual({ electronicResults: 1, electronicPapers: 2, vneid: 1 });
    expect([totals.rates.electronicResults, totals.rates.electronicPapers, totals.rates.vneid]).toEqual([0.5, 0.6667, 0.5]);
  });

  it("give the digitisation group its points: 50 % → 5 of 8, 2/3 → 6.67 of 8, 50 % → 3.75 of 6", async () => {
    const { score } = await agencyIndex(world.agency.code, period(), NOW);
    const group = score.groups.find((item) => item.group === "DIGITISATION")!;
    expect(group.indicators.map((indicator) => [indicator.key, indicator.numerator, indicator.denominator, indicator.points])).toEqual([
      ["DIGITISATION_RESULTS", 1, 2, 5],
      ["DIGITISATION_PAPERS", 2, 3, 6.67],
      ["DIGITISATION_IDENTITY", 1, 2, 3.75],
    ]);
    expect(group.points).toBe(15.42);
  });

  it("leave a sub-indicator out when the period has nothing of its kind", async () => {
    // October: nothing received or resolved at all; nothing of the group is measured.
    const { score } = await agencyIndex(world.agency.code, monthPeriod(2026, 10, "2026-11-20"), NOW);
    const group = score.groups.find((item) => item.group === "DIGITISATION")!;
    expect(group.indicators.map((indicator) => indicator.points)).toEqual([null, null, null]);
    expect(group.points).toBeNull();
  });
});
