// A delegation end to end on a real PostgreSQL: a department's administrator records it (audited,
// its decision stored), dossiers are filed before and after its first day (Thursday 15 January
// 2026) and each is decided by the right agency with the trail naming the decision, a dossier
// filed before the start under a decision that hands those over is received for the delegate, the
// delegation is ended and revoked; and the evaluation read off the rollups equals a direct recount
// from the audit trail, on a window cut inside months and on one holding a whole month.
import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import type { AdminActor } from "@/lib/admin/scope";
import { AdminFieldErrors } from "@/lib/admin/field-errors";
import { localDateOf } from "@/lib/calendar/local-time";
import { clearCalendarCache } from "@/lib/calendar/load";
import { evaluationOf, evaluationWindows, sumsOf, type DurationDay, type RollupDay, type Window } from "@/lib/delegation/evaluation";
import { endDelegation } from "@/lib/delegation/end-delegation";
import { delegationsOfProcedure } from "@/lib/delegation/queries";
import { delegationEvaluation } from "@/lib/delegation/read-evaluation";
import { recordDelegation } from "@/lib/delegation/record-delegation";
import { revokeDelegation } from "@/lib/delegation/revoke-delegation";
import { wardsToChoose } from "@/lib/delegation/ward-choice";
import type { TRecordDelegation } from "@/lib/delegation/schemas";
import type { Actor } from "@/lib/dossiers/actor";
import { approveDossier } from "@/lib/dossiers/approve-dossier";
import { createDraft } from "@/lib/dossiers/create-draft";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { rateDossier } from "@/lib/dossiers/rate-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { returnResult } from "@/lib/dossiers/return-result";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { supplementDossier } from "@/lib/dossiers/supplement-dossier";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { isAppError } from "@/lib/errors";
import { receiptVerificationCode } from "@/lib/verification/receipt-code";
import { verifyPaper } from "@/lib/verification/verify-paper";
import { procedureForFiling } from "@/lib/filing/drafts";
import { walkInProcedures } from "@/lib/back-office/walk-in";
import { loadReceipt } from "@/lib/forms/receipt";
import { receiptLines } from "@/lib/forms/receipt-text";
import type { Agency, Procedure } from "@/prisma/generated/client";
import { makeAgency, makeProcedure, makeUser } from "../../factories";
import { hanoi, installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";

type Role = "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";
type Staff = Record<Role, Actor>;

const START = "2026-01-15";

let department: Agency;
let wardA: Agency;
let wardB: Agency;
let wardPolice: Agency;
let licence: Procedure;
let permit: Procedure;
const staff = new Map<string, Staff>();
let resident: Actor;
let departmentAdmin: AdminActor;
let wardAdmin: AdminActor;
let systemAdmin: AdminActor;

async function agencyWithStaff(overrides: Parameters<typeof makeAgency>[0], units: [string, string, "ONE_STOP_DESK" | "PROCESSING" | "LEADERSHIP"][]): Promise<Agency> {
  const agency = await makeAgency(overrides);
  const byCode = new Map<string, string>();
  for (const [code, name, kind] of units) byCode.set(code, (await testDb.agencyUnit.create({ data: { agencyId: agency.id, code, name, kind } })).id);
  const processing = units.find(([, , kind]) => kind === "PROCESSING")![0];
  const officer = async (officerRole: Role, code: string): Promise<Actor> => {
    const user = await makeUser({ role: "OFFICER", agencyId: agency.id, unitId: byCode.get(code)!, officerRole });
    return { kind: "OFFICER", userId: user.id, agencyId: agency.id, unitId: user.unitId, officerRole };
  };
  staff.set(agency.id, {
    DESK_OFFICER: await officer("DESK_OFFICER", "MC"),
    SPECIALIST: await officer("SPECIALIST", processing),
    UNIT_HEAD: await officer("UNIT_HEAD", processing),
    AGENCY_LEADER: await officer("AGENCY_LEADER", "LD"),
  });
  return agency;
}

const of = (agency: Agency): Staff => staff.get(agency.id)!;

async function pdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([420, 595]);
  return document.save();
}

const decision = (overrides: Partial<TRecordDelegation> = {}): TRecordDelegation => ({
  delegatorId: department.id,
  delegateKind: "GROUP",
  delegateGroup: "COMMUNES",
  scopeKind: "PROCEDURE",
  procedureCode: licence.code,
  delegateUnitCode: "KT",
  decisionNumber: "12/QĐ-SXD",
  decisionDate: "05/01/2026",
  decisionSigner: "KT. Giám đốc, Phó Giám đốc Nguyễn Văn Bình",
  validFrom: "15/01/2026",
  validUntil: "",
  delegatorKeepsFiledBefore: true,
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AdminFieldErrors) return error.fields;
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** Filed by the resident at an agency (a ward named when it went to every ward). */
async function filed(agency: Agency, at: Date, procedure = licence, ward: Agency | null = null): Promise<string> {
  const { dossierId } = await createDraft({ actor: resident, now: at, procedureCode: procedure.code, agencyId: agency.id, formData: {}, delegateAgencyId: ward?.id ?? null });
  await submitDossier({ dossierId, actor: resident, now: at, delegateAgencyId: ward?.id ?? null });
  return dossierId;
}

/** From the receipt to the result returned (and rated), by the staff of the agency holding it. */
async function decide(dossierId: string, at: Date, options: { supplement?: boolean; rating?: "SATISFIED" | "NOT_SATISFIED" } = {}) {
  const minutes = (n: number) => new Date(at.getTime() + n * 60_000);
  const holder = async () => staff.get((await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { agencyId: true } })).agencyId)!;
  const { status } = await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } });
  if (status === "SUBMITTED") await receiveDossier({ dossierId, actor: (await holder()).DESK_OFFICER, now: at });
  const team = await holder();
  // The receipt leg is the desk's where it was handed in (the delegator's, for a dossier handed over).
  const { receivingAgencyId } = await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { receivingAgencyId: true } });
  const desk = receivingAgencyId ? staff.get(receivingAgencyId)!.DESK_OFFICER : team.DESK_OFFICER;
  await forwardDossier({ dossierId, actor: desk, now: minutes(30), handlerId: team.SPECIALIST.kind === "OFFICER" ? team.SPECIALIST.userId : null });
  if (options.supplement) {
    await requestSupplement({ dossierId, actor: team.SPECIALIST, now: minutes(60), reason: "Thiếu giấy tờ", items: [{ name: "Bản sao giấy đăng ký xe" }] });
    await supplementDossier({ dossierId, actor: resident, now: minutes(24 * 60) });
  }
  await forwardDossier({ dossierId, actor: team.SPECIALIST, now: minutes(26 * 60) });
  await forwardDossier({ dossierId, actor: team.UNIT_HEAD, now: minutes(27 * 60) });
  await approveDossier({ dossierId, actor: team.AGENCY_LEADER, now: minutes(28 * 60) });
  await markResultReady({
    dossierId, actor: team.DESK_OFFICER, now: minutes(29 * 60),
    resultDocument: { name: "giay-phep.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "c".repeat(64), storageKey: `r/${dossierId}` },
  });
  if (options.rating) {
    await returnResult({ dossierId, actor: team.DESK_OFFICER, now: minutes(30 * 60) });
    await rateDossier({ dossierId, actor: resident, now: minutes(31 * 60), rating: { overall: options.rating } });
  }
}

let delegationId: string;
const dossiers: Record<string, string> = {};

beforeAll(async () => {
  await installCalendar(testDb, { 2025: { isPublished: true }, 2026: { isPublished: true } });
  clearCalendarCache();
  department = await agencyWithStaff({ level: "PROVINCE", kind: "DEPARTMENT", name: "Sở Xây dựng (thử)" }, [["MC", "Bộ phận Một cửa", "ONE_STOP_DESK"], ["QLVT", "Phòng Quản lý vận tải", "PROCESSING"], ["LD", "Ban Giám đốc", "LEADERSHIP"]]);
  const wardUnits: [string, string, "ONE_STOP_DESK" | "PROCESSING" | "LEADERSHIP"][] = [["MC", "Bộ phận Một cửa", "ONE_STOP_DESK"], ["KT", "Phòng Kinh tế, Hạ tầng và Đô thị", "PROCESSING"], ["LD", "Lãnh đạo UBND phường", "LEADERSHIP"]];
  wardA = await agencyWithStaff({ validFrom: new Date("2025-07-01T00:00:00Z") }, wardUnits);
  wardB = await agencyWithStaff({ validFrom: new Date("2025-07-01T00:00:00Z") }, wardUnits);
  wardPolice = await makeAgency({ kind: "POLICE" });
  const plan = async (procedure: Procedure) =>
    testDb.procedureStep.createMany({
      data: ([["Tiếp nhận", "MC", "ONE_STOP_DESK", "DESK_OFFICER", 0.5], ["Thẩm định", "QLVT", "PROCESSING", "SPECIALIST", 2.5], ["Xem xét", "QLVT", "PROCESSING", "UNIT_HEAD", 0.5], ["Phê duyệt", "LD", "LEADERSHIP", "AGENCY_LEADER", 1], ["Trả kết quả", "MC", "ONE_STOP_DESK", "DESK_OFFICER", 0.5]] as const).map(
        ([name, unitCode, unitKind, role, days], index) => ({ procedureId: procedure.id, position: index + 1, name, unitCode, unitKind, role, durationValue: days, durationUnit: "WORKING_DAYS" as const }),
      ),
    });
  licence = await makeProcedure({ level: "PROVINCE", implementingAgencyText: "Sở Xây dựng" }, [department]);
  permit = await makeProcedure({ level: "PROVINCE", implementingAgencyText: "Sở Xây dựng", fieldId: licence.fieldId }, [department]);
  await plan(licence);
  await plan(permit);
  resident = { kind: "RESIDENT", userId: (await makeUser()).id, organizationIds: [] };
  const admin = async (agencyId: string | null): Promise<AdminActor> => ({ userId: (await makeUser({ role: "ADMIN", agencyId })).id, agencyId });
  departmentAdmin = await admin(department.id);
  wardAdmin = await admin(wardA.id);
  systemAdmin = await admin(null);

  // Before the first day: one decided and rated, one received the day before and decided after,
  // one filed the day before and received on the day, one filed the day before and never received.
  dossiers.early = await filed(department, hanoi("2026-01-05 09:00"));
  await decide(dossiers.early, hanoi("2026-01-05 10:00"), { rating: "SATISFIED" });
  dossiers.receivedBefore = await filed(department, hanoi("2026-01-14 15:00"));
  await receiveDossier({ dossierId: dossiers.receivedBefore, actor: of(department).DESK_OFFICER, now: hanoi("2026-01-14 16:00") });
}, 120_000);

describe("recording the delegation", () => {
  it("refuses a ward's administrator (not a city agency) and another agency's delegation is not found", async () => {
    expect(await refusal(recordDelegation({ actor: wardAdmin, input: decision({ delegatorId: wardA.id }), document: { fileName: "qd.pdf", bytes: await pdf() }, now: hanoi("2026-01-12 10:00") }))).toMatchObject({ delegatorId: "delegatorLevel" });
    expect(await refusal(recordDelegation({ actor: wardAdmin, input: decision(), document: { fileName: "qd.pdf", bytes: await pdf() }, now: hanoi("2026-01-12 10:00") }))).toBe("NOT_FOUND");
  });

  it("gives every problem at its field: the units the wards lack, the start in the past, the missing decision", async () => {
    const now = hanoi("2026-01-12 10:00");
    expect(await refusal(recordDelegation({ actor: departmentAdmin, input: decision({ validFrom: "10/01/2026", decisionSigner: "" }), document: null, now }))).toEqual({
      validFrom: "validFromPast", decisionSigner: "decisionSigner", document: "document",
    });
    expect(await refusal(recordDelegation({ actor: departmentAdmin, input: decision({ delegateUnitCode: "" }), document: { fileName: "qd.pdf", bytes: await pdf() }, now }))).toEqual({ delegateUnitCode: "delegateUnits" });
    expect(await refusal(recordDelegation({ actor: departmentAdmin, input: decision(), document: { fileName: "qd.pdf", bytes: new TextEncoder().encode("not a pdf") }, now }))).toEqual({ document: "documentType" });
    expect(await refusal(recordDelegation({ actor: departmentAdmin, input: decision({ delegateKind: "AGENCY", delegateAgencyId: department.id }), document: { fileName: "qd.pdf", bytes: await pdf() }, now }))).toEqual({ delegateAgencyId: "delegateSelf" });
  });

  it("records it with its decision stored and the change audited; a second one on the same days is refused", async () => {
    const now = hanoi("2026-01-12 10:00");
    const bytes = await pdf();
    ({ delegationId } = await recordDelegation({ actor: departmentAdmin, input: decision(), document: { fileName: "qd.pdf", bytes }, now }));
    const row = await testDb.delegation.findUniqueOrThrow({ where: { id: delegationId }, include: { decisionDocument: true } });
    expect(row).toMatchObject({ delegatorId: department.id, delegateGroup: "COMMUNES", procedureId: licence.id, decisionNumber: "12/QĐ-SXD", delegateUnitCode: "KT", validUntil: null, delegatorKeepsFiledBefore: true });
    expect(localDateOf(row.validFrom)).toBe(START);
    expect(row.decisionDocument).toMatchObject({ dossierId: null, mimeType: "application/pdf", sizeBytes: bytes.length });
    expect(await testDb.storageIntent.count()).toBe(0);
    expect(await testDb.adminAudit.findMany({ where: { targetId: delegationId }, select: { action: true, agencyId: true, actorId: true } })).toEqual([
      { action: "DELEGATION_RECORDED", agencyId: department.id, actorId: departmentAdmin.userId },
    ]);
    expect(await refusal(recordDelegation({ actor: systemAdmin, input: decision({ decisionNumber: "13/QĐ-SXD", validFrom: "01/02/2026" }), document: { fileName: "qd.pdf", bytes }, now }))).toEqual({ form: "overlap" });
    expect((await delegationsOfProcedure(licence.code, now)).map((item) => [item.id, item.status])).toEqual([[delegationId, "UPCOMING"]]);
  });
});

describe("routing follows it from 00:00 on the first day", () => {
  it("the day before at 15:00 the department takes new dossiers; from the first day the wards do", async () => {
    const dayBefore = hanoi("2026-01-14 15:00");
    const onTheDay = hanoi("2026-01-15 15:00");
    expect((await procedureForFiling(licence.code, dayBefore))!.agencies.map((agency) => agency.id)).toEqual([department.id]);
    expect((await procedureForFiling(licence.code, onTheDay))!.agencies.map((agency) => agency.id).sort()).toEqual([wardA.id, wardB.id].sort());
    expect((await walkInProcedures(department.id, dayBefore)).map((row) => row.code)).toContain(licence.code);
    expect((await walkInProcedures(department.id, onTheDay)).map((row) => row.code)).not.toContain(licence.code);
    expect((await walkInProcedures(wardA.id, onTheDay)).map((row) => row.code)).toEqual([licence.code]);
    expect((await walkInProcedures(wardA.id, dayBefore)).map((row) => row.code)).toEqual([]);
    dossiers.filedBefore = await filed(department, dayBefore);
    expect(await testDb.dossier.findUniqueOrThrow({ where: { id: dossiers.filedBefore }, select: { agencyId: true, delegationId: true } })).toEqual({ agencyId: department.id, delegationId: null });
  });

  it("on the day a dossier addressed to the department needs the ward, and goes to it", async () => {
    const onTheDay = hanoi("2026-01-15 15:00");
    expect(await refusal(createDraft({ actor: resident, now: onTheDay, procedureCode: licence.code, agencyId: department.id, formData: {} }))).toBe("DELEGATE_REQUIRED");
    expect(await refusal(createDraft({ actor: of(department).DESK_OFFICER, now: onTheDay, procedureCode: licence.code, agencyId: department.id, formData: {}, walkIn: { channel: "IN_PERSON", applicant: { fullName: "Lê Văn Quầy" } } }))).toBe("DELEGATE_REQUIRED");
    expect(await refusal(createDraft({ actor: resident, now: onTheDay, procedureCode: licence.code, agencyId: wardPolice.id, formData: {} }))).toBe("NOT_FOUND");
    dossiers.wardA = await filed(department, onTheDay, licence, wardA);
    dossiers.wardB = await filed(wardB, hanoi("2026-01-16 09:00"));
    for (const [id, ward] of [[dossiers.wardA, wardA], [dossiers.wardB, wardB]] as const) {
      expect(await testDb.dossier.findUniqueOrThrow({ where: { id }, select: { agencyId: true, delegationId: true } })).toEqual({ agencyId: ward.id, delegationId });
    }
  });

  it("a draft begun at the department the day before and sent on the day is filed with the ward named", async () => {
    const { dossierId } = await createDraft({ actor: resident, now: hanoi("2026-01-14 16:00"), procedureCode: licence.code, agencyId: department.id, formData: {} });
    // The review step asks for the ward only once sending needs one (lib/delegation/ward-choice.ts).
    expect(await wardsToChoose(resident, dossierId, hanoi("2026-01-14 23:59"))).toBeNull();
    const choices = (await wardsToChoose(resident, dossierId, hanoi("2026-01-15 08:00")))!.map((ward) => ward.id);
    expect(choices).toEqual(expect.arrayContaining([wardA.id, wardB.id]));
    expect(choices).not.toContain(department.id);
    expect(choices).not.toContain(wardPolice.id);
    expect(await refusal(submitDossier({ dossierId, actor: resident, now: hanoi("2026-01-15 08:00") }))).toBe("DELEGATE_REQUIRED");
    await submitDossier({ dossierId, actor: resident, now: hanoi("2026-01-15 08:05"), delegateAgencyId: wardB.id });
    expect(await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { agencyId: true, delegationId: true, status: true } })).toEqual({ agencyId: wardB.id, delegationId, status: "SUBMITTED" });
    dossiers.draftSentOnTheDay = dossierId;
  });

  it("each is decided by the right agency: the department keeps what was filed or received before, the wards the rest", async () => {
    await decide(dossiers.receivedBefore!, hanoi("2026-01-19 09:00"), { rating: "NOT_SATISFIED" });
    await decide(dossiers.filedBefore!, hanoi("2026-01-15 09:00"));
    await decide(dossiers.wardA!, hanoi("2026-01-16 09:00"), { rating: "SATISFIED" });
    await decide(dossiers.wardB!, hanoi("2026-01-19 10:00"), { supplement: true, rating: "SATISFIED" });
    await receiveDossier({ dossierId: dossiers.draftSentOnTheDay!, actor: of(wardB).DESK_OFFICER, now: hanoi("2026-01-15 09:00") });
    const rows = await testDb.dossier.findMany({
      where: { id: { in: Object.values(dossiers) } },
      select: { id: true, agencyId: true, status: true, processingSteps: { orderBy: { sequence: "asc" }, select: { agencyId: true, unit: { select: { code: true } } } }, events: { where: { actorId: { not: null } }, select: { actor: { select: { agencyId: true } } } } },
    });
    const agencyOf = (key: string) => rows.find((row) => row.id === dossiers[key])!;
    for (const key of ["early", "receivedBefore", "filedBefore"]) expect(agencyOf(key).agencyId).toBe(department.id);
    expect(agencyOf("wardA").agencyId).toBe(wardA.id);
    expect(agencyOf("wardB").agencyId).toBe(wardB.id);
    for (const row of rows) {
      // Every officer who acted on it, and every leg of its control slip, is the holding agency's.
      expect(new Set(row.processingSteps.map((step) => step.agencyId))).toEqual(new Set([row.agencyId]));
      expect(new Set(row.events.map((event) => event.actor!.agencyId).filter(Boolean))).toEqual(new Set([row.agencyId]));
    }
    // The ward has no QLVT: the plan's appraisal went to its KT, as the decision names.
    expect(agencyOf("wardA").processingSteps.map((step) => step.unit?.code)).toEqual(["MC", "KT", "KT", "LD", "MC"]);
    expect(agencyOf("filedBefore").processingSteps.map((step) => step.unit?.code)).toEqual(["MC", "QLVT", "QLVT", "LD", "MC"]);
  });

  it("the trail names the decision, the receipt says 'as authorised by', and every trail verifies", async () => {
    const submitted = await testDb.dossierEvent.findFirstOrThrow({ where: { dossierId: dossiers.wardA, action: "SUBMIT" }, select: { payload: true } });
    expect(submitted.payload).toMatchObject({ agencyId: wardA.id, delegation: { delegationId, delegatorId: department.id, decisionNumber: "12/QĐ-SXD", decisionDate: "2026-01-05" } });
    const kept = await testDb.dossierEvent.findFirstOrThrow({ where: { dossierId: dossiers.filedBefore, action: "SUBMIT" }, select: { payload: true } });
    expect(kept.payload).not.toHaveProperty("delegation");
    const receipt = await loadReceipt(of(wardA).DESK_OFFICER, dossiers.wardA!);
    expect(receipt?.authorisedBy).toMatchObject({ agencyName: wardA.name, delegatorName: department.name, decisionNumber: "12/QĐ-SXD" });
    expect(receiptLines(receipt!).body.map((line) => line.text)).toContain(`Cơ quan giải quyết: ${wardA.name}, theo ủy quyền của ${department.name} tại Quyết định số 12/QĐ-SXD ngày 05/01/2026`);
    expect((await loadReceipt(of(department).DESK_OFFICER, dossiers.filedBefore!))?.authorisedBy).toBeNull();
    // The receipt's QR code leads to the public check, which says the same (nothing personal).
    const checked = await verifyPaper({ code: await receiptVerificationCode(dossiers.wardA!), clientKey: "delegation-test", now: new Date() });
    expect(checked).toMatchObject({
      status: "ISSUED",
      paper: { kind: "RECEIPT", authorisedBy: { agency: { name: wardA.name }, delegator: { name: department.name }, decisionNumber: "12/QĐ-SXD", decisionDate: "2026-01-05" } },
    });
    const keptCheck = await verifyPaper({ code: await receiptVerificationCode(dossiers.filedBefore!), clientKey: "delegation-test", now: new Date() });
    expect(keptCheck).toMatchObject({ status: "ISSUED", paper: { kind: "RECEIPT", authorisedBy: null } });
    for (const id of Object.values(dossiers)) expect(await verifyDossierTrail(id)).toMatchObject({ isValid: true });
  });
});

describe("a decision that hands over what was filed before the start", () => {
  it("the dossier filed the day before is received at the department's desk for the delegate, which decides it", async () => {
    const now = hanoi("2026-01-12 11:00");
    const { delegationId: handOver } = await recordDelegation({
      actor: systemAdmin, now, document: { fileName: "qd.pdf", bytes: await pdf() },
      input: decision({ procedureCode: permit.code, delegateKind: "AGENCY", delegateAgencyId: wardA.id, decisionNumber: "14/QĐ-SXD", delegatorKeepsFiledBefore: false }),
    });
    const dossierId = await filed(department, hanoi("2026-01-14 15:30"), permit);
    expect(await refusal(receiveDossier({ dossierId, actor: of(wardA).DESK_OFFICER, now: hanoi("2026-01-15 08:30") }))).toBe("NOT_FOUND");
    await receiveDossier({ dossierId, actor: of(department).DESK_OFFICER, now: hanoi("2026-01-15 08:30") });
    const row = await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { agencyId: true, receivingAgencyId: true, delegationId: true, code: true } });
    expect(row).toMatchObject({ agencyId: wardA.id, receivingAgencyId: department.id, delegationId: handOver });
    expect(row.code!.startsWith(department.code)).toBe(true);
    const received = await testDb.dossierEvent.findFirstOrThrow({ where: { dossierId, action: "RECEIVE" }, select: { payload: true } });
    expect(received.payload).toMatchObject({ agencyId: wardA.id, delegation: { delegationId: handOver, decisionNumber: "14/QĐ-SXD" } });
    await decide(dossierId, hanoi("2026-01-15 09:00"));
    expect(await testDb.processingStep.findMany({ where: { dossierId }, orderBy: { sequence: "asc" }, select: { agencyId: true } })).toEqual([
      { agencyId: department.id }, { agencyId: wardA.id }, { agencyId: wardA.id }, { agencyId: wardA.id }, { agencyId: wardA.id },
    ]);
    dossiers.handedOver = dossierId;
  });

  it("the counters moved with it: every rollup equals its recount from the trail", async () => {
    const read = () =>
      Promise.all([
        testDb.statDaily.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { day: "asc" }] }),
        testDb.statMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { month: "asc" }] }),
        testDb.statStatus.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { status: "asc" }] }),
        testDb.statDuration.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
        testDb.statDurationScope.findMany({ orderBy: [{ scope: "asc" }, { scopeId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
      ]);
    const before = await read();
    expect(before[2].filter((row) => row.agencyId === department.id && row.status === "SUBMITTED")).toEqual([]);
    await recountRollups();
    expect(await read()).toEqual(before);
  });
});

describe("ending and revoking", () => {
  it("an end in the past is refused; an end date is set, audited, and routing follows it", async () => {
    const now = hanoi("2026-01-20 10:00");
    expect(await refusal(endDelegation({ actor: departmentAdmin, input: { delegationId, validUntil: "19/01/2026" }, now }))).toEqual({ validUntil: "validUntilPast" });
    expect(await refusal(endDelegation({ actor: wardAdmin, input: { delegationId, validUntil: "31/03/2026" }, now }))).toBe("NOT_FOUND");
    await endDelegation({ actor: departmentAdmin, input: { delegationId, validUntil: "31/03/2026" }, now });
    expect(localDateOf((await testDb.delegation.findUniqueOrThrow({ where: { id: delegationId } })).validUntil!)).toBe("2026-03-31");
    expect((await procedureForFiling(licence.code, hanoi("2026-03-31 23:59")))!.agencies.map((agency) => agency.id)).not.toContain(department.id);
    expect((await procedureForFiling(licence.code, hanoi("2026-04-01 00:00")))!.agencies.map((agency) => agency.id)).toEqual([department.id]);
  });

  it("a revocation applies from its instant, with its reason, once", async () => {
    const now = hanoi("2026-03-05 10:30");
    expect(await refusal(revokeDelegation({ actor: departmentAdmin, input: { delegationId, reason: "" }, now }))).toEqual({ reason: "revocationReason" });
    await revokeDelegation({ actor: departmentAdmin, input: { delegationId, reason: "Quyết định ủy quyền bị bãi bỏ" }, now });
    expect(await refusal(revokeDelegation({ actor: systemAdmin, input: { delegationId, reason: "Thu hồi lần hai" }, now }))).toEqual({ form: "alreadyRevoked" });
    expect((await procedureForFiling(licence.code, hanoi("2026-03-05 10:29")))!.agencies.map((agency) => agency.id)).not.toContain(department.id);
    expect((await procedureForFiling(licence.code, now))!.agencies.map((agency) => agency.id)).toEqual([department.id]);
    expect((await testDb.adminAudit.findMany({ where: { targetId: delegationId }, orderBy: { occurredAt: "asc" }, select: { action: true } })).map((row) => row.action)).toEqual([
      "DELEGATION_RECORDED", "DELEGATION_ENDED", "DELEGATION_REVOKED",
    ]);
  });
});

/** The evaluation counted straight from the trail: each event on its local day, by the dossier's agency. */
async function directEvaluation(delegationAt: { validFrom: string; validUntil: string | null; revokedAt: Date | null }, today: string) {
  const windows = evaluationWindows(delegationAt, today)!;
  const rows: RollupDay[] = [];
  const durations: DurationDay[] = [];
  const events = await testDb.dossierEvent.findMany({
    where: { dossier: { procedureId: licence.id } },
    select: { action: true, fromStatus: true, payload: true, occurredAt: true, dossier: { select: { agencyId: true, channel: true } } },
  });
  const zero = { received: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, supplementRequests: 0, ratings: 0, ratingsSatisfied: 0 };
  for (const event of events) {
    const base = { day: localDateOf(event.occurredAt), agencyId: event.dossier.agencyId, channel: event.dossier.channel, ...zero };
    const payload = event.payload as Record<string, unknown>;
    if (event.action === "RECEIVE") rows.push({ ...base, received: 1 });
    if (event.action === "REQUEST_SUPPLEMENT" && event.fromStatus !== "SUBMITTED") rows.push({ ...base, supplementRequests: 1 });
    if (event.action === "RATE") rows.push({ ...base, ratings: 1, ratingsSatisfied: payload.overall === "NOT_SATISFIED" ? 0 : 1 });
    if (event.action === "MARK_RESULT_READY") {
      const verdict = payload.statTimeliness as string;
      rows.push({ ...base, [verdict === "EARLY" ? "resolvedEarly" : verdict === "LATE" ? "resolvedLate" : "resolvedOnTime"]: 1 });
      durations.push({ day: base.day, agencyId: base.agencyId, workingDays: payload.statWorkingDays as number, count: 1 });
    }
  }
  const wards = new Set([wardA.id, wardB.id]);
  const dept = new Set([department.id]);
  return evaluationOf(windows, {
    before: sumsOf(rows, durations, windows.before, new Set([...wards, ...dept])),
    afterDelegates: sumsOf(rows, durations, windows.after, wards),
    afterDelegator: sumsOf(rows, durations, windows.after, dept),
  });
}

describe("the evaluation equals a direct recount from the trail", () => {
  it.each([
    { name: "windows cut inside months (evaluated on 10 February)", now: hanoi("2026-02-10 12:00") },
    { name: "after the revocation, with a whole month on each side (evaluated in April)", now: hanoi("2026-04-20 12:00") },
  ])("$name", async ({ now }) => {
    const read = await delegationEvaluation(delegationId, now);
    const stored = await testDb.delegation.findUniqueOrThrow({ where: { id: delegationId }, select: { validUntil: true, revokedAt: true } });
    const direct = await directEvaluation({ validFrom: START, validUntil: stored.validUntil ? localDateOf(stored.validUntil) : null, revokedAt: stored.revokedAt }, localDateOf(now));
    expect(read?.evaluation).toEqual(direct);
    // Something to compare: receipts and results on both sides, by the right agencies.
    // Before: the two the department received before the 15th; after: the one it received on the
    // 15th (filed the day before, kept), and the wards' three.
    expect(direct.before.received.value).toBe(2);
    expect(direct.delegator.received.value).toBe(1);
    expect(direct.delegates.received.value).toBe(3);
    expect(direct.delegates.medianWorkingDays.n).toBe(2);
    expect(direct.delegator.medianWorkingDays.n).toBe(2);
    expect(direct.delegates.supplementRequestRate.value).toBeCloseTo(1 / 3, 4);
  });

  it("the windows as read: the first day to the revocation's day, and as many days before", async () => {
    const read = await delegationEvaluation(delegationId, hanoi("2026-04-20 12:00"));
    expect(read?.evaluation?.windows).toEqual({ before: { from: "2025-11-26", to: "2026-01-14", days: 50 }, after: { from: START, to: "2026-03-05", days: 50 } } satisfies { before: Window; after: Window });
  });
});
