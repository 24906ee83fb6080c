// The system administrator's national settings against a real PostgreSQL: the days of an
// unpublished year, its publication (every provisional appointment it covers recomputed, one event
// in each dossier's trail), and the shared processing plans; agency administrators may do neither.
import { beforeEach, describe, expect, it } from "vitest";
import { formatLocalIso } from "@/lib/calendar";
import { clearCalendarCache } from "@/lib/calendar/load";
import { addCalendarYear, publishYear, setCalendarDays } from "@/lib/admin/edit-calendar";
import { savePlan } from "@/lib/admin/edit-plan";
import { AdminFieldErrors } from "@/lib/admin/field-errors";
import type { AdminActor } from "@/lib/admin/scope";
import { forwardDossier } from "@/lib/dossiers/forward-dossier";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { makeUser } from "../../factories";
import { installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier } from "../dossiers/world";

let system: AdminActor;

beforeEach(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true }, 2027: { isPublished: false } });
  clearCalendarCache();
  system = { userId: (await makeUser({ role: "ADMIN" })).id, agencyId: null };
});

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => null, (caught: unknown) => caught);
}

describe("publishing a year of the working calendar", () => {
  it("recomputes the provisional appointments it covers, each with an event in its trail, then refuses edits of the year", async () => {
    const world = await makeWorld({ timeLimit: { value: 15, unit: "WORKING_DAYS" } });
    const provisional = await submittedDossier(world, hanoi("2026-12-21 08:00"));
    await receiveDossier({ dossierId: provisional, actor: world.desk, now: hanoi("2026-12-21 09:00") });
    const second = await submittedDossier(world, hanoi("2026-12-21 08:00"));
    await receiveDossier({ dossierId: second, actor: world.desk, now: hanoi("2026-12-22 09:00") });
    const settled = await submittedDossier(world, hanoi("2026-03-02 08:00"));
    await receiveDossier({ dossierId: settled, actor: world.desk, now: hanoi("2026-03-02 09:00") });
    expect(await testDb.dossier.findUniqueOrThrow({ where: { id: provisional } })).toMatchObject({ isDueProvisional: true, dueAt: hanoi("2027-01-11 09:00") });
    const eventsBefore = await testDb.dossierEvent.count({ where: { dossierId: settled } });

    // New Year's Day 2027 off, as the notice says; a make-up day on a weekday is refused at its field.
    expect(await setCalendarDays({ actor: system, year: 2027, from: "2027-01-01", to: "2027-01-01", kind: "HOLIDAY", name: "Tết Dương lịch", now: hanoi("2026-12-22 09:30") })).toBe(1);
    const wrong = await errorOf(setCalendarDays({ actor: system, year: 2027, from: "2027-01-04", to: "2027-01-04", kind: "MAKEUP_WORKDAY", name: "Làm bù", now: hanoi("2026-12-22 09:30") }));
    expect((wrong as AdminFieldErrors).fields).toEqual({ kind: "day_makeupWeekday" });
    expect((wrong as AdminFieldErrors).values).toEqual({ date: "04/01/2027" });

    const summary = await publishYear({ actor: system, year: 2027, noticeNumber: "Thông báo số 1/TB-BNV", noticeDate: "2026-12-01", now: hanoi("2026-12-22 10:00") });
    expect(summary).toEqual({ checked: 2, recomputed: 2, stillProvisional: 0 });
    const dossier = await testDb.dossier.findUniqueOrThrow({ where: { id: provisional } });
    expect(formatLocalIso(dossier.dueAt!)).toBe("2027-01-12T09:00:00+07:00");
    expect(dossier.isDueProvisional).toBe(false);
    for (const id of [provisional, second]) {
      const last = await testDb.dossierEvent.findFirstOrThrow({ where: { dossierId: id }, orderBy: { sequence: "desc" } });
      expect(last).toMatchObject({ action: "RECOMPUTE_DUE_DATE", actorRole: "SYSTEM", payload: expect.objectContaining({ reason: expect.stringContaining("Thông báo số 1/TB-BNV ngày 01/12/2026") }) });
      expect(await verifyDossierTrail(id)).toMatchObject({ isValid: true });
    }
    // A dossier whose dates never rested on 2027 is left alone.
    expect(await testDb.dossierEvent.count({ where: { dossierId: settled } })).toBe(eventsBefore);
    expect(await testDb.calendarYear.findUniqueOrThrow({ where: { year: 2027 } })).toMatchObject({ isPublished: true, source: "Thông báo số 1/TB-BNV ngày 01/12/2026" });
    expect(await testDb.adminAudit.findFirst({ where: { action: "CALENDAR_PUBLISHED" } })).toMatchObject({
      actorId: system.userId, agencyId: null, targetLabel: "2027", detail: expect.objectContaining({ recomputed: 2, checked: 2 }),
    });

    const locked = await errorOf(setCalendarDays({ actor: system, year: 2027, from: "2027-01-04", to: "2027-01-04", kind: "HOLIDAY", name: "Nghỉ", now: hanoi("2026-12-22 11:00") }));
    expect((locked as AdminFieldErrors).fields).toEqual({ form: "calendarPublished" });
    const again = await errorOf(publishYear({ actor: system, year: 2027, noticeNumber: "Thông báo số 2", noticeDate: "2026-12-02", now: hanoi("2026-12-22 11:00") }));
    expect((again as AdminFieldErrors).fields).toEqual({ form: "calendarPublished" });
  });

  it("adds a new year as weekdays and weekends, unpublished; only the system administrator edits the calendar", async () => {
    await addCalendarYear({ actor: system, year: 2028, now: hanoi("2026-12-22 10:00") });
    expect(await testDb.calendarDay.count({ where: { date: { gte: new Date("2028-01-01"), lte: new Date("2028-12-31") } } })).toBe(366);
    expect(await testDb.calendarYear.findUniqueOrThrow({ where: { year: 2028 } })).toMatchObject({ isPublished: false });
    expect(((await errorOf(addCalendarYear({ actor: system, year: 2028, now: hanoi("2026-12-22 10:00") }))) as AdminFieldErrors).fields).toEqual({ year: "calendarYearExists" });

    const world = await makeWorld();
    const agencyAdmin: AdminActor = { userId: (await makeUser({ role: "ADMIN", agencyId: world.agency.id })).id, agencyId: world.agency.id };
    const now = hanoi("2026-12-22 10:00");
    expect(await errorOf(setCalendarDays({ actor: agencyAdmin, year: 2028, from: "2028-01-03", to: "2028-01-03", kind: "HOLIDAY", name: "x", now }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(publishYear({ actor: agencyAdmin, year: 2028, noticeNumber: "Thông báo", noticeDate: "2027-11-01", now }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(addCalendarYear({ actor: agencyAdmin, year: 2029, now }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a procedure's processing plan", () => {
  const plan = (appraisal: number, extra: { name: string; unitCode: string; role: string }[] = []) => [
    { name: "Tiếp nhận", unitCode: "MC", role: "DESK_OFFICER", durationValue: 4, durationUnit: "HOURS" },
    { name: "Thẩm định", unitCode: "VHXH", role: "SPECIALIST", durationValue: appraisal, durationUnit: "WORKING_DAYS" },
    ...extra.map((step) => ({ ...step, durationValue: 0.5, durationUnit: "WORKING_DAYS" })),
    { name: "Phê duyệt", unitCode: "LD", role: "AGENCY_LEADER", durationValue: 1, durationUnit: "WORKING_DAYS" },
    { name: "Trả kết quả", unitCode: "MC", role: "DESK_OFFICER", durationValue: 0.5, durationUnit: "WORKING_DAYS" },
  ];

  it("is saved by the system administrator within the legal limit, keeping the rows running dossiers stand on", async () => {
    const world = await makeWorld();
    const before = await testDb.procedureStep.findMany({ where: { procedureId: world.procedure.id }, orderBy: { position: "asc" } });
    const over = await errorOf(savePlan({ actor: system, procedureCode: world.procedure.code, steps: plan(3.5), now: hanoi("2026-03-02 09:00") }));
    expect((over as AdminFieldErrors).fields).toEqual({ form: "plan_overLimit" });
    expect((over as AdminFieldErrors).values).toEqual({ total: 5.5, limit: 5 });

    // A dossier at the appraisal (position 2) and the plan shortened from five steps to four.
    const id = await submittedDossier(world, hanoi("2026-03-02 08:00"));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:00") });
    await forwardDossier({ dossierId: id, actor: world.desk, now: hanoi("2026-03-02 09:30") });
    await savePlan({ actor: system, procedureCode: world.procedure.code, steps: plan(3), now: hanoi("2026-03-02 10:00") });
    const after = await testDb.procedureStep.findMany({ where: { procedureId: world.procedure.id }, orderBy: { position: "asc" } });
    expect(after.map((step) => [step.position, step.name, step.unitCode, step.unitKind, step.role])).toEqual([
      [1, "Tiếp nhận", "MC", "ONE_STOP_DESK", "DESK_OFFICER"], [2, "Thẩm định", "VHXH", "PROCESSING", "SPECIALIST"],
      [3, "Phê duyệt", "LD", "LEADERSHIP", "AGENCY_LEADER"], [4, "Trả kết quả", "MC", "ONE_STOP_DESK", "DESK_OFFICER"],
    ]);
    expect(after.slice(0, 4).map((step) => step.id)).toEqual(before.slice(0, 4).map((step) => step.id));
    // The dossier goes on by the new plan: from the appraisal to the leader.
    await forwardDossier({ dossierId: id, actor: world.specialist, now: hanoi("2026-03-03 09:00") });
    expect(await testDb.processingStep.findFirstOrThrow({ where: { dossierId: id }, orderBy: { sequence: "desc" } })).toMatchObject({ title: "Phê duyệt", planStepId: after[2]!.id });

    // The dossier now stands on the leader's step (3): a three-step plan would make it the return step.
    const blocked = await errorOf(savePlan({
      actor: system, procedureCode: world.procedure.code, now: hanoi("2026-03-03 10:00"),
      steps: [plan(3)[0]!, plan(3)[3]!, plan(3)[3]!].map((step, index) => (index === 1 ? { ...step, name: "Trả kết quả", durationValue: 1 } : step)),
    }));
    expect((blocked as AdminFieldErrors).fields).toEqual({ form: "plan_blocked" });
    expect(await testDb.adminAudit.count({ where: { action: "PLAN_UPDATED", actorId: system.userId } })).toBe(1);
  });

  it("is not the agency administrator's to edit", async () => {
    const world = await makeWorld();
    const agencyAdmin: AdminActor = { userId: (await makeUser({ role: "ADMIN", agencyId: world.agency.id })).id, agencyId: world.agency.id };
    expect(await errorOf(savePlan({ actor: agencyAdmin, procedureCode: world.procedure.code, steps: plan(2), now: hanoi("2026-03-02 09:00") }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
