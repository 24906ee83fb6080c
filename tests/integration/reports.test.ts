// The accountability report on a small history built by hand (February 2026, Tết 16–20/02): every
// figure equals what an officer counts on paper, working time included (nights, weekends, the
// lunch break and Tết do not count), and each scope sees only its own.
import { beforeAll, describe, expect, it } from "vitest";
import { buildAccountabilityReport, type AccountabilityReport } from "@/lib/back-office/reports";
import { reportTables } from "@/lib/back-office/report-tables";
import { readCalendarContext } from "@/lib/calendar/configured";
import { workingMinutesBetween, type CalendarContext } from "@/lib/calendar";
import { makeAgency, makeUser } from "../factories";
import { hanoi, installCalendar } from "../support/calendar";
import { testDb } from "../support/db";
import { makeWorld, type World } from "./dossiers/world";

let world: World;
let context: CalendarContext;
const ids: Record<string, string> = {};
const idOf = (actor: World["head"]) => (actor as { userId: string }).userId;
const FEBRUARY = { from: "2026-02-01", to: "2026-02-28" };
const NOW = hanoi("2026-02-27 17:00");

let sequence = 0;
async function dossier(code: string, status: "IN_PROCESSING" | "AWAITING_PAYMENT" = "IN_PROCESSING", agencyId = world.agency.id, procedureId = world.procedure.id) {
  const row = await testDb.dossier.create({ data: { code, procedureId, agencyId, channel: "ONLINE", status }, select: { id: true } });
  return row.id;
}

async function leg(dossierId: string, unitId: string, handlerId: string | null, from: string, to: string | null, extra: { outcome?: "EARLY" | "ON_TIME" | "LATE"; isBounce?: boolean; agencyId?: string } = {}) {
  sequence += 1;
  await testDb.processingStep.create({
    data: {
      dossierId, sequence, kind: "PROCESSING", agencyId: extra.agencyId ?? world.agency.id, unitId, handlerId, title: `Bước ${sequence}`,
      startedAt: hanoi(from), dueAt: hanoi("2026-02-25 17:00"), duePrecision: "DAY",
      completedAt: to ? hanoi(to) : null, outcome: to ? (extra.outcome ?? "ON_TIME") : null, isBounce: extra.isBounce ?? false,
    },
  });
}

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  context = await readCalendarContext(testDb);
  world = await makeWorld();
  const units = Object.fromEntries((await testDb.agencyUnit.findMany({ where: { agencyId: world.agency.id } })).map((unit) => [unit.code, unit.id]));
  ids.VHXH = units.VHXH!;
  ids.MC = units.MC!;
  ids.specialist2 = (await makeUser({ role: "OFFICER", agencyId: world.agency.id, unitId: ids.VHXH, officerRole: "SPECIALIST", fullName: "Trần Thị Hai" })).id;
  const [spec1, spec2, head, desk, leader] = [idOf(world.specialist), ids.specialist2, idOf(world.head), idOf(world.desk), idOf(world.leader)];

  const one = await dossier("T-260202-0001");
  await leg(one, ids.VHXH, spec1, "2026-02-09 08:00", "2026-02-09 12:00"); // 240 min
  await leg(one, ids.VHXH, spec1, "2026-02-13 16:00", "2026-02-23 09:00", { outcome: "LATE" }); // 60 + Tết + 60 = 120
  const two = await dossier("T-260202-0002");
  await leg(two, ids.VHXH, head, "2026-02-10 13:00", "2026-02-11 10:00"); // 240 + 120 = 360, sent back:
  await leg(two, ids.VHXH, spec2, "2026-02-11 10:00", "2026-02-11 15:30", { isBounce: true }); // 120 + 150 = 270
  const three = await dossier("T-260130-0001");
  await leg(three, ids.VHXH, spec1, "2026-01-30 16:30", "2026-02-02 08:30", { outcome: "LATE" }); // 30 + weekend + 30 = 60
  await leg(three, ids.VHXH, spec1, "2026-02-26 08:00", "2026-03-02 09:00"); // finished in March: not counted
  await leg(three, ids.MC, desk, "2026-02-02 07:00", "2026-02-02 08:15"); // before opening: 15
  // Open legs: the oldest sitting first; a dossier waiting for a payment is not the unit's delay.
  await leg(await dossier("T-260202-0003"), ids.VHXH, spec2, "2026-02-02 08:00", null);
  await leg(await dossier("T-260224-0001"), ids.VHXH, null, "2026-02-24 08:00", null);
  await leg(await dossier("T-260203-0001", "AWAITING_PAYMENT"), ids.VHXH, spec1, "2026-01-05 08:00", null);
  // Another agency's unit, legs and apology: never in this agency's report.
  const other = await makeAgency();
  const otherUnit = await testDb.agencyUnit.create({ data: { agencyId: other.id, code: "VHXH", name: "Phòng khác", kind: "PROCESSING" } });
  const otherDossier = await dossier("X-260202-0001", "IN_PROCESSING", other.id);
  await leg(otherDossier, otherUnit.id, null, "2026-02-09 08:00", "2026-02-09 09:00", { outcome: "LATE", agencyId: other.id });
  // Apologies: one in February by the leader, one in March; one of the other agency's dossiers.
  const apology = (dossierId: string, at: string, issuedById: string) =>
    testDb.dueDateChange.create({ data: { dossierId, previousDueAt: hanoi(at), newDueAt: hanoi("2026-03-20 17:00"), reason: "Cần xác minh thêm", issuedById, issuedAt: hanoi(at) } });
  await apology(one, "2026-02-12 10:00", leader);
  await apology(two, "2026-03-03 10:00", leader);
  await apology(otherDossier, "2026-02-12 10:00", leader);
});

const leaderScope = () => ({ agencyId: world.agency.id, unitId: null });
const headScope = () => ({ agencyId: world.agency.id, unitId: ids.VHXH! });
const figures = (row: { handled: number; medianMinutes: number | null; p90Minutes: number | null; late: number; sentBack: number; returned: number; apologies: number }) =>
  [row.handled, row.medianMinutes, row.p90Minutes, row.late, row.sentBack, row.returned, row.apologies];

describe("the leader's report of the agency", () => {
  let report: AccountabilityReport;
  beforeAll(async () => {
    report = await buildAccountabilityReport(testDb, leaderScope(), FEBRUARY, NOW, context);
  });

  it("counts each unit's legs, their working time held (median, 90th percentile), lateness, send-backs and apologies", () => {
    const byUnit = Object.fromEntries(report.units.map((unit) => [unit.unitName, figures(unit)]));
    // VHXH: 60, 120, 240, 270, 360 → median 240; p90 at 0.9 × 4 = 3.6 → 270 + 0.6 × 90 = 324.
    expect(byUnit["Phòng Văn hóa - Xã hội"]).toEqual([5, 240, 324, 2, 1, 1, 0]);
    expect(byUnit["Bộ phận Một cửa"]).toEqual([1, 15, 15, 0, 0, 0, 0]);
    expect(byUnit["Lãnh đạo UBND"]).toEqual([0, null, null, 0, 0, 0, 1]);
    // All six legs: 15, 60, 120, 240, 270, 360 → median 180; p90 at 4.5 → 270 + 0.5 × 90 = 315.
    expect(figures(report.total)).toEqual([6, 180, 315, 2, 1, 1, 1]);
  });

  it("counts each officer's legs", () => {
    const byOfficer = Object.fromEntries(report.officers.map((officer) => [officer.officerId, figures(officer)]));
    // 60, 120, 240 → median 120; p90 at 1.8 → 120 + 0.8 × 120 = 216.
    expect(byOfficer[idOf(world.specialist)]).toEqual([3, 120, 216, 2, 0, 0, 0]);
    expect(byOfficer[idOf(world.head)]).toEqual([1, 360, 360, 0, 1, 0, 0]);
    expect(byOfficer[ids.specialist2!]).toEqual([1, 270, 270, 0, 0, 1, 0]);
    expect(byOfficer[idOf(world.desk)]).toEqual([1, 15, 15, 0, 0, 0, 0]);
    expect(byOfficer[idOf(world.leader)]).toEqual([0, null, null, 0, 0, 0, 1]);
  });

  it("lists the open legs sitting longest, in working days (Tết not counted), without dossiers waiting for the applicant", () => {
    expect(report.longestOpen.map((open) => [open.code, open.holderName, Math.round(open.workingDaysHeld * 100) / 100])).toEqual([
      ["T-260202-0003", "Trần Thị Hai", 15],
      ["T-260224-0001", null, 4],
    ]);
  });

  it("shows the figures as tables: hours with one decimal, the whole agency last", () => {
    const t = (key: string) => ({ wholeAgency: "Toàn cơ quan", none: "—", unassigned: "Chưa phân công" })[key] ?? key;
    const [units, , open] = reportTables(report, t, "vi", { wholeAgencyRow: true });
    expect(units!.rows.find((row) => row[0] === "Phòng Văn hóa - Xã hội")).toEqual(["Phòng Văn hóa - Xã hội", "5", "4,0", "5,4", "2", "1", "1", "0"]);
    expect(units!.rows.at(-1)).toEqual(["Toàn cơ quan", "6", "3,0", "5,3", "2", "1", "1", "1"]);
    expect(open!.rows[1]).toEqual(["T-260224-0001", world.procedure.name, "Bước 9", "Phòng Văn hóa - Xã hội", "Chưa phân công", "08:00 24/02/2026", "25/02/2026", "4,0"]);
  });
});

describe("a unit head's report", () => {
  it("covers the unit and its officers only", async () => {
    const report = await buildAccountabilityReport(testDb, headScope(), FEBRUARY, NOW, context);
    expect(report.units.map((unit) => unit.unitName)).toEqual(["Phòng Văn hóa - Xã hội"]);
    expect(figures(report.total)).toEqual([5, 240, 324, 2, 1, 1, 0]);
    expect(report.officers.map((officer) => officer.officerId).sort()).toEqual([idOf(world.specialist), idOf(world.head), ids.specialist2].sort());
    expect(report.longestOpen).toHaveLength(2);
  });
});

describe("working time held, computed by PostgreSQL", () => {
  it("equals the calendar's workingMinutesBetween for legs across nights, weekends, lunch breaks, Tết and make-up Saturdays", async () => {
    const other = await makeWorld();
    const unit = await testDb.agencyUnit.findFirstOrThrow({ where: { agencyId: other.agency.id, code: "VHXH" } });
    const code = await testDb.dossier.create({ data: { code: "P-260101-0001", procedureId: other.procedure.id, agencyId: other.agency.id, channel: "ONLINE", status: "IN_PROCESSING" } });
    // A fixed pseudo-random walk (no luck involved): starts every 37 h 13 min, lengths up to ~12 days.
    const cases: { handlerId: string; from: Date; to: Date }[] = [];
    let start = hanoi("2026-01-02 06:47").getTime();
    for (let index = 0; index < 40; index++) {
      const handler = await makeUser({ role: "OFFICER", agencyId: other.agency.id, unitId: unit.id, officerRole: "SPECIALIST" });
      const from = new Date(start);
      const to = new Date(start + ((index * 7919) % 283) * 60 * 60_000 + ((index * 131) % 60) * 60_000 + 17_000);
      cases.push({ handlerId: handler.id, from, to });
      await testDb.processingStep.create({
        data: { dossierId: code.id, sequence: 100 + index, kind: "PROCESSING", agencyId: other.agency.id, unitId: unit.id, handlerId: handler.id, title: "Bước", startedAt: from, completedAt: to, outcome: "ON_TIME" },
      });
      start += (37 * 60 + 13) * 60_000;
    }
    const report = await buildAccountabilityReport(testDb, { agencyId: other.agency.id, unitId: unit.id }, { from: "2026-01-01", to: "2026-12-31" }, NOW, context);
    const held = new Map(report.officers.map((officer) => [officer.officerId, officer.medianMinutes]));
    for (const { handlerId, from, to } of cases) expect(held.get(handlerId)).toBeCloseTo(workingMinutesBetween(from, to, context), 6);
  });
});
