// The agency administrator's officers against a real PostgreSQL: an invitation by email, accepted
// once with a password, then a normal sign-in (the second factor's enrolment first); deactivation
// ends the officer's sessions at once; a reset of the second factor sends them back to the QR
// code; an officer moves to another unit only with no dossier in hand; and nothing of another
// agency can be touched (not found), every change in admin_audit.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { acceptInvitation, invitationByToken, inviteOfficer, revokeInvitation } from "@/lib/admin/invite-officer";
import { moveOfficer, resetSecondFactor, setOfficerActive } from "@/lib/admin/manage-officer";
import { createUnit, renameUnit, setUnitActive } from "@/lib/admin/manage-units";
import { officerForAdmin, unitForAdmin } from "@/lib/admin/queries";
import { agencyInScope, type AdminActor } from "@/lib/admin/scope";
import { AdminFieldErrors } from "@/lib/admin/field-errors";
import { checkOfficerPassword } from "@/lib/auth/officer-sign-in";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { makeAgency, makeUser } from "../../factories";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "../dossiers/world";

// The session cookie next-auth would decode: getSessionUser checks it against the account.
const session = vi.hoisted(() => ({ current: null as null | { uid: string; sv: number; via: string } }));
vi.mock("next-auth", () => ({ getServerSession: async () => session.current, default: () => undefined }));
const { getSessionUser } = await import("@/lib/auth/session");

const now = new Date("2026-03-02T02:00:00Z");
const PASSWORD = "một câu mật khẩu đủ dài";

async function ward() {
  const agency = await makeAgency();
  const unit = async (code: string, kind: "ONE_STOP_DESK" | "PROCESSING" | "LEADERSHIP") => testDb.agencyUnit.create({ data: { agencyId: agency.id, code, name: `Đơn vị ${code}`, kind } });
  const [desk, culture, leadership] = [await unit("MC", "ONE_STOP_DESK"), await unit("VHXH", "PROCESSING"), await unit("LD", "LEADERSHIP")];
  const admin = await makeUser({ role: "ADMIN", agencyId: agency.id });
  const actor: AdminActor = { userId: admin.id, agencyId: agency.id };
  return { agency, desk, culture, leadership, admin, actor };
}

type Ward = Awaited<ReturnType<typeof ward>>;
let a: Ward;
let b: Ward;

beforeEach(async () => {
  a = await ward();
  b = await ward();
  session.current = null;
});

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AdminFieldErrors);
  return (error as AdminFieldErrors).fields;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  return (error as { code?: string } | null)?.code;
}

describe("inviting an officer", () => {
  it("mails a one-time link; the officer sets a password, then signs in and is asked to enrol the second factor", async () => {
    const email = `chuyenvien.${a.agency.slug}@hanoi.gov.vn`;
    const { token, invitationId } = await inviteOfficer({ actor: a.actor, now, input: { agencyId: a.agency.id, email: email.toUpperCase(), fullName: "  Lê   Thị Mai ", unitId: a.culture.id, officerRole: "SPECIALIST" } });
    const mail = await testDb.outboxMessage.findFirstOrThrow({ where: { topic: "mail.send" }, orderBy: { id: "desc" } });
    expect(mail.payload).toMatchObject({ to: email, body: expect.stringContaining(`/can-bo/kich-hoat/${token}`) });
    const stored = await testDb.staffInvitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored).toMatchObject({ email, fullName: "Lê Thị Mai", officerRole: "SPECIALIST", expiresAt: new Date(now.getTime() + 7 * 86_400_000) });
    expect(stored.tokenHash).not.toContain(token);
    expect(await testDb.user.findUnique({ where: { email } })).toBeNull();

    expect(await fieldErrorsOf(acceptInvitation({ token, password: "ngắn quá", confirm: "ngắn quá", now }))).toEqual({ password: "passwordShort" });
    const later = new Date(now.getTime() + 86_400_000);
    const { userId } = await acceptInvitation({ token, password: PASSWORD, confirm: PASSWORD, now: later });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      role: "OFFICER", email, agencyId: a.agency.id, unitId: a.culture.id, officerRole: "SPECIALIST", isActive: true, totpEnabledAt: null,
    });
    // Used once: the link is dead.
    expect(await invitationByToken(token, later)).toBeNull();
    expect(await fieldErrorsOf(acceptInvitation({ token, password: PASSWORD, confirm: PASSWORD, now: later }))).toEqual({ form: "invitationInvalid" });

    const signIn = await checkOfficerPassword({ email, password: PASSWORD, clientKey: "test-invite", now: later });
    expect(signIn).toMatchObject({ ok: true, stage: "enrol" });
    const audit = await testDb.adminAudit.findMany({ where: { agencyId: a.agency.id }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([["OFFICER_INVITED", a.admin.id], ["INVITATION_ACCEPTED", userId]]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("dies after seven days, when withdrawn, or when a newer invitation replaces it", async () => {
    const input = { agencyId: a.agency.id, email: `mc.${a.agency.slug}@hanoi.gov.vn`, fullName: "Phan Văn Cường", unitId: a.desk.id, officerRole: "DESK_OFFICER" };
    const first = await inviteOfficer({ actor: a.actor, now, input });
    expect(await invitationByToken(first.token, new Date(now.getTime() + 7 * 86_400_000 + 1))).toBeNull();
    const second = await inviteOfficer({ actor: a.actor, now, input });
    expect(await invitationByToken(first.token, now)).toBeNull();
    expect(await invitationByToken(second.token, now)).not.toBeNull();
    await revokeInvitation({ actor: a.actor, now, invitationId: second.invitationId });
    expect(await invitationByToken(second.token, now)).toBeNull();
  });

  it("puts each role in its kind of unit, and never reuses an address", async () => {
    const input = { agencyId: a.agency.id, email: "x@hanoi.gov.vn", fullName: "Trần Văn Bình", unitId: a.desk.id, officerRole: "SPECIALIST" };
    expect(await fieldErrorsOf(inviteOfficer({ actor: a.actor, now, input }))).toEqual({ officerRole: "roleUnit" });
    const taken = await makeUser({ role: "OFFICER", agencyId: a.agency.id, unitId: a.culture.id, officerRole: "SPECIALIST" });
    expect(await fieldErrorsOf(inviteOfficer({ actor: a.actor, now, input: { ...input, email: taken.email!, unitId: a.culture.id } }))).toEqual({ email: "emailTaken" });
    expect(await fieldErrorsOf(inviteOfficer({ actor: a.actor, now, input: { ...input, email: "khong-phai-email", fullName: "", unitId: b.culture.id, officerRole: "X" } }))).toEqual({
      email: "email", fullName: "fullName", unitId: "unit", officerRole: "role",
    });
  });
});

describe("deactivating an officer", () => {
  it("ends their sessions at once and refuses sign-in; putting them back needs a new sign-in", async () => {
    const { token } = await inviteOfficer({ actor: a.actor, now, input: { agencyId: a.agency.id, email: `ld.${a.agency.slug}@hanoi.gov.vn`, fullName: "Vũ Văn Hải", unitId: a.leadership.id, officerRole: "AGENCY_LEADER" } });
    const { userId, email } = await acceptInvitation({ token, password: PASSWORD, confirm: PASSWORD, now });
    await testDb.user.update({ where: { id: userId }, data: { totpEnabledAt: now, lastSeenAt: new Date() } });
    session.current = { uid: userId, sv: 0, via: "officer" };
    expect(await getSessionUser()).toMatchObject({ id: userId, post: { agencyId: a.agency.id, officerRole: "AGENCY_LEADER" } });

    expect(await setOfficerActive({ actor: a.actor, now, officerId: userId, isActive: false })).toEqual({ heldDossiers: 0 });
    expect(await getSessionUser()).toBeNull();
    expect(await checkOfficerPassword({ email, password: PASSWORD, clientKey: "test-deactivate", now })).toEqual({ ok: false, reason: "INVALID" });
    expect(await fieldErrorsOf(setOfficerActive({ actor: a.actor, now, officerId: userId, isActive: false }))).toEqual({ form: "alreadyInactive" });

    await setOfficerActive({ actor: a.actor, now, officerId: userId, isActive: true });
    expect(await getSessionUser()).toBeNull(); // the old session stays ended
    expect(await checkOfficerPassword({ email, password: PASSWORD, clientKey: "test-deactivate", now })).toMatchObject({ ok: true, stage: "verify" });
    const user = await testDb.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.sessionVersion).toBe(2);
    const actions = (await testDb.adminAudit.findMany({ where: { targetId: userId }, orderBy: { occurredAt: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["INVITATION_ACCEPTED", "OFFICER_DEACTIVATED", "OFFICER_REACTIVATED"]);
  });
});

describe("resetting the second factor", () => {
  it("removes the app and the recovery codes, ends the sessions, keeps the password: the next sign-in enrols again", async () => {
    const { token } = await inviteOfficer({ actor: a.actor, now, input: { agencyId: a.agency.id, email: `tp.${a.agency.slug}@hanoi.gov.vn`, fullName: "Đỗ Văn Long", unitId: a.culture.id, officerRole: "UNIT_HEAD" } });
    const { userId, email } = await acceptInvitation({ token, password: PASSWORD, confirm: PASSWORD, now });
    await testDb.user.update({ where: { id: userId }, data: { totpSecret: "sealed", totpEnabledAt: now, totpLastStep: 123, lastSeenAt: new Date() } });
    await testDb.recoveryCode.createMany({ data: [{ userId, codeHash: "a" }, { userId, codeHash: "b" }] });
    expect(await checkOfficerPassword({ email, password: PASSWORD, clientKey: "test-reset", now })).toMatchObject({ ok: true, stage: "verify" });
    session.current = { uid: userId, sv: 0, via: "officer" };
    expect(await getSessionUser()).not.toBeNull();

    await resetSecondFactor({ actor: a.actor, now, officerId: userId });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: 1, isActive: true });
    expect(await testDb.recoveryCode.count({ where: { userId } })).toBe(0);
    expect(await getSessionUser()).toBeNull();
    expect(await checkOfficerPassword({ email, password: PASSWORD, clientKey: "test-reset", now })).toMatchObject({ ok: true, stage: "enrol" });
    expect(await testDb.adminAudit.findFirst({ where: { targetId: userId, action: "SECOND_FACTOR_RESET" } })).toMatchObject({ actorId: a.admin.id, agencyId: a.agency.id });
  });
});

describe("units", () => {
  it("are created with a code unique in the agency, renamed, and deactivated only when empty", async () => {
    const id = await createUnit({ actor: a.actor, now, agencyId: a.agency.id, code: "tp", name: "Phòng Kinh tế", kind: "PROCESSING" });
    expect(await testDb.agencyUnit.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: "TP", kind: "PROCESSING", isActive: true });
    expect(await fieldErrorsOf(createUnit({ actor: a.actor, now, agencyId: a.agency.id, code: "TP", name: "Trùng mã", kind: "PROCESSING" }))).toEqual({ code: "unitCodeTaken" });
    // Another agency may use the same code.
    await createUnit({ actor: b.actor, now, agencyId: b.agency.id, code: "TP", name: "Phòng Kinh tế", kind: "PROCESSING" });
    await renameUnit({ actor: a.actor, now, unitId: id, name: "Phòng Kinh tế, Hạ tầng và Đô thị" });
    const officer = await makeUser({ role: "OFFICER", agencyId: a.agency.id, unitId: id, officerRole: "SPECIALIST" });
    expect(await fieldErrorsOf(setUnitActive({ actor: a.actor, now, unitId: id, isActive: false }))).toEqual({ form: "unitHasOfficers" });
    await setOfficerActive({ actor: a.actor, now, officerId: officer.id, isActive: false });
    await setUnitActive({ actor: a.actor, now, unitId: id, isActive: false });
    expect(await testDb.agencyUnit.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Phòng Kinh tế, Hạ tầng và Đô thị", isActive: false });
    const actions = (await testDb.adminAudit.findMany({ where: { agencyId: a.agency.id }, orderBy: { occurredAt: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["UNIT_CREATED", "UNIT_RENAMED", "OFFICER_DEACTIVATED", "UNIT_DEACTIVATED"]);
  });
});

describe("an agency administrator and another agency", () => {
  it("finds nothing of it: its officers, units, invitations and the agency itself are not found", async () => {
    const officer = await makeUser({ role: "OFFICER", agencyId: b.agency.id, unitId: b.culture.id, officerRole: "SPECIALIST" });
    const { invitationId } = await inviteOfficer({ actor: b.actor, now, input: { agencyId: b.agency.id, email: "moi@hanoi.gov.vn", fullName: "Người Được Mời", unitId: b.desk.id, officerRole: "DESK_OFFICER" } });
    expect(await agencyInScope(a.actor, b.agency.id)).toBeNull();
    expect(await agencyInScope(a.actor, undefined)).toMatchObject({ id: a.agency.id });
    expect(await officerForAdmin(a.actor, officer.id)).toBeNull();
    expect(await unitForAdmin(a.actor, b.culture.id)).toBeNull();
    expect(await codeOf(setOfficerActive({ actor: a.actor, now, officerId: officer.id, isActive: false }))).toBe("NOT_FOUND");
    expect(await codeOf(resetSecondFactor({ actor: a.actor, now, officerId: officer.id }))).toBe("NOT_FOUND");
    expect(await codeOf(renameUnit({ actor: a.actor, now, unitId: b.culture.id, name: "Đổi tên" }))).toBe("NOT_FOUND");
    expect(await codeOf(setUnitActive({ actor: a.actor, now, unitId: b.culture.id, isActive: false }))).toBe("NOT_FOUND");
    expect(await codeOf(createUnit({ actor: a.actor, now, agencyId: b.agency.id, code: "KT", name: "Phòng Kinh tế", kind: "PROCESSING" }))).toBe("NOT_FOUND");
    expect(await codeOf(inviteOfficer({ actor: a.actor, now, input: { agencyId: b.agency.id, email: "y@hanoi.gov.vn", fullName: "Ai Đó", unitId: b.culture.id, officerRole: "SPECIALIST" } }))).toBe("NOT_FOUND");
    expect(await codeOf(revokeInvitation({ actor: a.actor, now, invitationId }))).toBe("NOT_FOUND");
    // Its own agency, with the other agency's unit: that unit is not one of its own.
    expect(await fieldErrorsOf(inviteOfficer({ actor: a.actor, now, input: { agencyId: a.agency.id, email: "z@hanoi.gov.vn", fullName: "Ai Đó", unitId: b.culture.id, officerRole: "SPECIALIST" } }))).toEqual({ unitId: "unit" });
    // Nor another agency's administrator, nor the system administrator.
    expect(await codeOf(setOfficerActive({ actor: a.actor, now, officerId: b.admin.id, isActive: false }))).toBe("NOT_FOUND");
    expect(await testDb.user.findUniqueOrThrow({ where: { id: officer.id } })).toMatchObject({ isActive: true, sessionVersion: 0 });

    // The system administrator administers both.
    const system = await makeUser({ role: "ADMIN" });
    const systemActor: AdminActor = { userId: system.id, agencyId: null };
    expect(await officerForAdmin(systemActor, officer.id)).toMatchObject({ id: officer.id, agencyId: b.agency.id });
    await resetSecondFactor({ actor: systemActor, now, officerId: officer.id });
    expect(await testDb.adminAudit.findFirst({ where: { action: "SECOND_FACTOR_RESET", targetId: officer.id } })).toMatchObject({ actorId: system.id, agencyId: b.agency.id });
  });
});

describe("moving an officer", () => {
  it("to another unit and role that fit, never while open dossiers are assigned to them", async () => {
    const world = await makeWorld();
    const agencyAdmin: AdminActor = { userId: (await makeUser({ role: "ADMIN", agencyId: world.agency.id })).id, agencyId: world.agency.id };
    const units = await testDb.agencyUnit.findMany({ where: { agencyId: world.agency.id } });
    const desk = units.find((unit) => unit.code === "MC")!;
    const specialist = world.specialist.kind === "OFFICER" ? world.specialist.userId : "";
    expect(await fieldErrorsOf(moveOfficer({ actor: agencyAdmin, now, officerId: specialist, unitId: desk.id, officerRole: "SPECIALIST" }))).toEqual({ officerRole: "roleUnit" });
    expect(await codeOf(moveOfficer({ actor: a.actor, now, officerId: specialist, unitId: a.desk.id, officerRole: "DESK_OFFICER" }))).toBe("NOT_FOUND");

    const id = await submittedDossier(world, hanoi("2026-03-02 08:00"));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:00") });
    await forwardDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:30"), handlerId: specialist });
    expect(await fieldErrorsOf(moveOfficer({ actor: agencyAdmin, now, officerId: specialist, unitId: desk.id, officerRole: "DESK_OFFICER" }))).toEqual({ form: "officerHoldsDossiers" });

    const head = world.head.kind === "OFFICER" ? world.head.userId : "";
    await moveOfficer({ actor: agencyAdmin, now, officerId: head, unitId: desk.id, officerRole: "DESK_OFFICER" });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: head } })).toMatchObject({ unitId: desk.id, officerRole: "DESK_OFFICER" });
    expect(await testDb.adminAudit.findFirst({ where: { action: "OFFICER_MOVED", targetId: head } })).toMatchObject({
      actorId: agencyAdmin.userId, detail: expect.objectContaining({ fromRole: "UNIT_HEAD", toRole: "DESK_OFFICER", toUnit: "Bộ phận Một cửa" }),
    });
  });
});
