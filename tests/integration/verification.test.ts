// Result verification on PostgreSQL: attaching a result issues the stamped file, whose hash is the
// document's and the trail's (the upload's kept beside it); the public verification answers for a
// real result, a receipt, an unknown and a malformed code, the same way for the last two, never
// with personal data, and stops a client that asks too often.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { OfficerActor } from "@/lib/auth/staff";
import { clearCalendarCache } from "@/lib/calendar/load";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { refuseToResolve } from "@/lib/dossiers/refuse-to-resolve";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { env } from "@/lib/env";
import { loadDossierForm } from "@/lib/forms/dossier-forms";
import { storage } from "@/lib/storage";
import { formatVerificationCode, verificationUrl } from "@/lib/verification/codes";
import { prepareResultDocument } from "@/lib/verification/issue-result";
import { ZVerification } from "@/lib/verification/schemas";
import { VERIFY_LIMIT, verifyPaper } from "@/lib/verification/verify-paper";
import { installCalendar } from "../support/calendar";
import { testDb } from "../support/db";
import { textOf } from "../support/pdf-text";
import { hanoi, makeWorld, submittedDossier, type World } from "./dossiers/world";

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
const APPLICANT = { fullName: "Trần Thị Bí Mật", nationalId: "001199012345", address: "Số 9 ngõ Kín, phường Bạch Mai", phone: "0912345678" };
let client = 0;
/** A client of its own per lookup, so that the rate limit is tested only where it is meant to be. */
const verify = (code: string) => verifyPaper({ code, clientKey: `client-${++client}`, now: hanoi("2026-11-10 09:00") });

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  clearCalendarCache();
});

const FONT = fs.readFileSync(path.join(process.cwd(), "node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"));

/** An agency's decision as its office exports it, its font embedded. */
async function agencyPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(FONT, { subset: true });
  document.addPage([595.28, 841.89]).drawText("QUYET DINH", { x: 250, y: 760, size: 16, font });
  return document.save();
}

/** A dossier received, taken through its plan and decided (approved unless `refuse`), with personal data. */
async function decidedDossier(world: World, options: { refuse?: boolean } = {}): Promise<string> {
  const id = await submittedDossier(world, hanoi("2026-11-02 08:30"));
  await testDb.dossier.update({ where: { id }, data: { applicantSnapshot: APPLICANT } });
  await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-11-02 09:00") });
  await forwardDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-11-02 09:05") });
  await forwardDossier({ dossierId: id, actor: world.specialist, now: hanoi("2026-11-03 09:00") });
  await forwardDossier({ dossierId: id, actor: world.head, now: hanoi("2026-11-03 14:00") });
  if (options.refuse) await refuseToResolve({ dossierId: id, actor: world.leader, reason: "Không đủ điều kiện", now: hanoi("2026-11-04 09:00") });
  else await approveDossier({ dossierId: id, actor: world.leader, now: hanoi("2026-11-04 09:00") });
  return id;
}

async function issueResult(world: World, id: string, upload: Uint8Array): Promise<void> {
  const now = hanoi("2026-11-04 10:00");
  const resultDocument = await prepareResultDocument({ dossierId: id, fileName: "Quyết định.pdf", bytes: upload, now });
  await markResultReady({ dossierId: id, actor: world.desk, now, resultDocument });
}

describe("attaching a result", () => {
  it("issues the stamped file: its hash is the document's and the trail's, the upload's is kept beside it", async () => {
    const world = await makeWorld();
    const id = await decidedDossier(world);
    const upload = await agencyPdf();
    await issueResult(world, id, upload);

    const document = await testDb.document.findFirstOrThrow({ where: { dossierId: id, kind: "RESULT" } });
    const stored = (await storage().get(document.storageKey))!;
    expect(sha256(stored)).toBe(document.sha256);
    expect(document.originalSha256).toBe(sha256(upload));
    expect(document.sha256).not.toBe(document.originalSha256);
    expect(document).toMatchObject({ mimeType: "application/pdf", name: "Quyết định.pdf", sizeBytes: stored.length });
    expect(document.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);

    const event = await testDb.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: "MARK_RESULT_READY" } });
    expect(event.payload).toMatchObject({ resultDocumentId: document.id, resultSha256: document.sha256, originalSha256: sha256(upload) });
    expect(await verifyDossierTrail(id)).toMatchObject({ isValid: true });

    const text = await textOf(stored);
    expect(text).toContain(`Tra cứu tính xác thực: ${verificationUrl(env.PUBLIC_URL, document.verificationCode!)}`);
    expect(text).toContain("QUYET DINH");
  });

  it("gives every result a code of its own", async () => {
    const world = await makeWorld();
    const [first, second] = [await decidedDossier(world), await decidedDossier(world)];
    await issueResult(world, first, await agencyPdf());
    await issueResult(world, second, await agencyPdf());
    const codes = await testDb.document.findMany({ where: { dossierId: { in: [first, second] }, kind: "RESULT" }, select: { verificationCode: true } });
    expect(new Set(codes.map((row) => row.verificationCode)).size).toBe(2);
  });
});

describe("the public verification", () => {
  it("confirms a result: agency, procedure, date, kind and the issued file's hash, nothing personal", async () => {
    const world = await makeWorld();
    const id = await decidedDossier(world);
    await issueResult(world, id, await agencyPdf());
    const document = await testDb.document.findFirstOrThrow({ where: { dossierId: id, kind: "RESULT" } });

    // As printed (grouped), as typed (lower case, spaces) and as stored: the same paper.
    for (const typed of [formatVerificationCode(document.verificationCode!), formatVerificationCode(document.verificationCode!).toLowerCase().replaceAll("-", " "), document.verificationCode!]) {
      const answer = await verify(typed);
      expect(ZVerification.parse(answer)).toEqual(answer);
      expect(answer).toEqual({
        status: "ISSUED",
        paper: {
          kind: "RESULT",
          code: formatVerificationCode(document.verificationCode!),
          documentKind: "RESULT",
          agency: { name: world.agency.name, nameEn: world.agency.nameEn },
          authorisedBy: null,
          procedure: { code: world.procedure.code, name: world.procedure.name, nameEn: world.procedure.nameEn },
          issuedAt: hanoi("2026-11-04 10:00").toISOString(),
          sha256: document.sha256,
          mediaType: "application/pdf",
          isStamped: true,
        },
      });
    }
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    const json = JSON.stringify(await verify(document.verificationCode!));
    for (const secret of [...Object.values(APPLICANT), id, dossier.code!, dossier.lookupCode!, document.storageKey, document.id, "Quyết định", "Đăng ký", document.originalSha256!]) {
      expect(json).not.toContain(secret);
    }
  });

  it("calls a written refusal to resolve what it is", async () => {
    const world = await makeWorld();
    const id = await decidedDossier(world, { refuse: true });
    await issueResult(world, id, await agencyPdf());
    const { verificationCode } = await testDb.document.findFirstOrThrow({ where: { dossierId: id, kind: "RESULT" } });
    expect(await verify(verificationCode!)).toMatchObject({ status: "ISSUED", paper: { kind: "RESULT", documentKind: "REFUSAL" } });
  });

  it("confirms a receipt by the code printed on it: the same code on every reprint, the receipt's facts", async () => {
    const world = await makeWorld();
    const id = await submittedDossier(world, hanoi("2026-11-02 08:30"));
    await testDb.dossier.update({ where: { id }, data: { applicantSnapshot: APPLICANT } });
    const { code } = await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-11-02 09:00") });
    const printed = await loadDossierForm(world.desk as OfficerActor, id, "01", hanoi("2026-11-02 09:10"));
    const reprinted = await loadDossierForm(world.desk as OfficerActor, id, "01", hanoi("2026-11-03 09:10"));
    if (printed?.form !== "01" || reprinted?.form !== "01") throw new Error("no receipt");
    expect(reprinted.receipt.verification).toEqual(printed.receipt.verification);
    expect(printed.receipt.verification.url).toBe(`${env.PUBLIC_URL.replace(/\/$/, "")}/xac-minh/${printed.receipt.verification.code}`);

    const answer = await verify(printed.receipt.verification.code);
    expect(ZVerification.parse(answer)).toEqual(answer);
    expect(answer).toMatchObject({
      status: "ISSUED",
      paper: {
        kind: "RECEIPT", dossierCode: code, agency: { name: world.agency.name }, procedure: { code: world.procedure.code },
        receivedAt: hanoi("2026-11-02 09:00").toISOString(), appointmentAt: printed.receipt.dueAt.toISOString(),
      },
    });
    const json = JSON.stringify(answer);
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    for (const secret of [...Object.values(APPLICANT), id, dossier.lookupCode!]) expect(json).not.toContain(secret);
  });

  it("answers an unknown and a malformed code alike: not found", async () => {
    const world = await makeWorld();
    const id = await decidedDossier(world);
    await issueResult(world, id, await agencyPdf());
    const { verificationCode, sha256: hash } = await testDb.document.findFirstOrThrow({ where: { dossierId: id, kind: "RESULT" } });
    // One character changed, as a forger would: well formed, unknown.
    const altered = verificationCode!.slice(0, 19) + (verificationCode!.endsWith("7") ? "8" : "7");
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id } });
    for (const code of [altered, "00000-00000-00000-00000", "not a code", "", "../../etc", dossier.code!, dossier.lookupCode!, hash, "x".repeat(5000)]) {
      expect(await verify(code), code.slice(0, 30)).toEqual({ status: "NOT_FOUND" });
    }
  });

  it(`stops a client after ${VERIFY_LIMIT.limit} lookups in ${VERIFY_LIMIT.windowSeconds / 60} minutes, found or not; another client goes on`, async () => {
    const world = await makeWorld();
    const id = await decidedDossier(world);
    await issueResult(world, id, await agencyPdf());
    const { verificationCode } = await testDb.document.findFirstOrThrow({ where: { dossierId: id, kind: "RESULT" } });
    const now = hanoi("2026-11-10 10:00");
    for (let attempt = 0; attempt < VERIFY_LIMIT.limit; attempt++) {
      expect((await verifyPaper({ code: attempt % 2 ? verificationCode! : "unknown", clientKey: "busy", now })).status).not.toBe("RATE_LIMITED");
    }
    expect(await verifyPaper({ code: verificationCode!, clientKey: "busy", now })).toEqual({ status: "RATE_LIMITED" });
    expect((await verifyPaper({ code: verificationCode!, clientKey: "calm", now })).status).toBe("ISSUED");
    // The next window lets the busy client in again.
    expect((await verifyPaper({ code: verificationCode!, clientKey: "busy", now: new Date(now.getTime() + VERIFY_LIMIT.windowSeconds * 1000) })).status).toBe("ISSUED");
  });
});
