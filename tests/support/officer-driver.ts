// The officers' side of a dossier, driven through the lifecycle commands until the back office
// exists: the seeded officers of UBND phường Bạch Mai receive, ask for a supplement or a payment,
// and take the dossier through its plan to the result. Used by the end-to-end tests (through
// officer-cli.ts, in a process with the "react-server" condition) and by integration tests.
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Actor } from "@/lib/dossiers/actor";
import { addDays, fromLocal, toLocal } from "@/lib/calendar";
import { loadCalendarContext } from "@/lib/calendar/load";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { refuseAtReceipt } from "@/lib/dossiers/refuse-at-receipt";
import { requestPayment } from "@/lib/dossiers/request-payment";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { returnResult } from "@/lib/dossiers/return-result";
import { db } from "@/lib/db";
import { prepareResultDocument } from "@/lib/verification/issue-result";

type OfficerRole = "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";

async function officer(agencyId: string, role: OfficerRole, unitCode?: string): Promise<Actor> {
  const user = await db.user.findFirst({
    where: { role: "OFFICER", agencyId, officerRole: role, isActive: true, ...(unitCode ? { unit: { code: unitCode } } : {}) },
    orderBy: { email: "asc" },
    select: { id: true, agencyId: true, unitId: true, officerRole: true },
  });
  if (!user) throw new Error(`No ${role} at the agency`);
  return { kind: "OFFICER", userId: user.id, agencyId: user.agencyId!, unitId: user.unitId, officerRole: user.officerRole! };
}

async function dossierOf(dossierId: string) {
  return db.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { agencyId: true, procedureId: true, status: true, currentHandlerId: true, currentStepId: true },
  });
}

export async function receive(dossierId: string, now = new Date()): Promise<void> {
  const dossier = await dossierOf(dossierId);
  await receiveDossier({ dossierId, actor: await officer(dossier.agencyId, "DESK_OFFICER"), now });
}

export async function askForSupplement(dossierId: string, now = new Date()): Promise<void> {
  const dossier = await dossierOf(dossierId);
  await requestSupplement({
    dossierId, actor: await officer(dossier.agencyId, "DESK_OFFICER"), now,
    reason: "Bản chụp Giấy chứng sinh bị mờ, không đọc được số giấy.",
    items: [{ name: "Giấy chứng sinh (bản chụp rõ nét)" }],
  });
}

export async function askForPayment(dossierId: string, amountVnd: number, now = new Date()): Promise<void> {
  const dossier = await dossierOf(dossierId);
  await requestPayment({ dossierId, actor: await officer(dossier.agencyId, "DESK_OFFICER"), now, amountVnd, reason: "Lệ phí cấp bản sao trích lục" });
}

/** The desk refuses to receive the dossier (Mẫu 03). */
export async function refuse(dossierId: string, now = new Date()): Promise<void> {
  const dossier = await dossierOf(dossierId);
  await refuseAtReceipt({
    dossierId, actor: await officer(dossier.agencyId, "DESK_OFFICER"), now,
    reason: "Thủ tục không thuộc thẩm quyền giải quyết của UBND phường; đề nghị nộp tại Sở Tư pháp.",
  });
}

/** The leader apologises (Mẫu 04), moving the appointment a week on, to a working day at 10:00. */
export async function apologise(dossierId: string, now = new Date()): Promise<void> {
  const dossier = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { agencyId: true, dueAt: true } });
  const calendar = await loadCalendarContext(db);
  let day = addDays(toLocal(dossier.dueAt!).date, 7);
  while (!calendar.calendar.isWorkingDay(day)) day = addDays(day, 1);
  await issueApology({
    dossierId, actor: await officer(dossier.agencyId, "AGENCY_LEADER"), now,
    reason: "Cần xác minh thông tin đăng ký hộ kinh doanh với cơ quan thuế.",
    newDueAt: fromLocal(day, 10 * 60),
  });
}

/** From receipt to the result returned online: every step of the plan, approved, the result PDF stored. */
export async function finish(dossierId: string, now = new Date()): Promise<void> {
  const dossier = await dossierOf(dossierId);
  const plan = await db.procedureStep.findMany({ where: { procedureId: dossier.procedureId }, orderBy: { position: "asc" } });
  const approval = plan.length - 1;
  let holder = await officer(dossier.agencyId, "DESK_OFFICER");
  for (let position = 2; position <= approval; position++) {
    const step = plan[position - 1]!;
    const next = await officer(dossier.agencyId, step.role as OfficerRole, step.unitCode);
    await forwardDossier({ dossierId, actor: holder, now, handlerId: next.kind === "OFFICER" ? next.userId : null });
    holder = next;
  }
  await approveDossier({ dossierId, actor: await officer(dossier.agencyId, "AGENCY_LEADER"), now });
  const desk = await officer(dossier.agencyId, "DESK_OFFICER");
  // The result as the back office attaches it: issued with the portal's verification stamp.
  const resultDocument = await prepareResultDocument({ dossierId, fileName: "trich-luc-khai-sinh.pdf", bytes: await resultPdf(), now });
  await markResultReady({ dossierId, actor: desk, now, resultDocument });
  await returnResult({ dossierId, actor: desk, now, method: "ONLINE" });
}

/** A one-page A4 result, as an agency's office would export it. */
async function resultPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595.28, 841.89]);
  page.drawText("TRICH LUC KHAI SINH (BAN SAO)", { x: 150, y: 760, size: 16, font });
  page.drawText("Ket qua giai quyet thu tuc hanh chinh: ban mau cho kiem thu.", { x: 72, y: 720, size: 11, font });
  return document.save();
}

/** A dossier filed and sent by a demo resident (for tests that need one without the wizard). */
export async function fileFor(email: string, procedureCode: string, now = new Date(), agencySlug = "hn-xa-bach-mai"): Promise<string> {
  const { createDraft } = await import("@/lib/dossiers/create-draft");
  const { submitDossier } = await import("@/lib/dossiers/submit-dossier");
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, memberships: { select: { organizationId: true } } } });
  // The agency asked for (by default the demo ward, whose officers are seeded) when it handles the procedure, else the first.
  const procedure = await db.procedure.findUniqueOrThrow({ where: { code: procedureCode }, select: { agencies: { select: { agencyId: true, agency: { select: { slug: true } } }, orderBy: { agency: { name: "asc" } } } } });
  const agency = procedure.agencies.find((row) => row.agency.slug === agencySlug) ?? procedure.agencies[0]!;
  // An agency asked for that does not implement the procedure is the ward named under a delegation to every ward (lib/delegation).
  const ward = agency.agency.slug === agencySlug ? null : await db.agency.findUnique({ where: { slug: agencySlug }, select: { id: true } });
  const actor: Actor = { kind: "RESIDENT", userId: user.id, organizationIds: user.memberships.map((membership) => membership.organizationId) };
  const { dossierId } = await createDraft({ actor, now, procedureCode, agencyId: agency.agencyId, formData: {}, delegateAgencyId: ward?.id ?? null });
  await submitDossier({ dossierId, actor, now, delegateAgencyId: ward?.id ?? null });
  return dossierId;
}
