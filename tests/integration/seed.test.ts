// The demo seed on a real, migrated, empty PostgreSQL (DATABASE_URL from the integration
// harness): what it loads, that a second run changes nothing, and the legal facts it encodes
// (same-day birth registration, the 2026 calendar, internal plans that add up to the limit).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db-client.ts";
import { DEMO_ACCOUNTS, isDatabaseSeeded, seedDatabase } from "../../prisma/seed/index.ts";
import { planTotal } from "../../prisma/seed/processing-plans.ts";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("tests/integration/seed.test.ts needs DATABASE_URL (a migrated, empty database)");

const TABLES = [
  "agency",
  "agency_unit",
  "field",
  "procedure",
  "procedure_agency",
  "procedure_document",
  "procedure_step",
  "user",
  "organization",
  "organization_member",
  "calendar_day",
  "calendar_year",
] as const;

type Snapshot = Record<(typeof TABLES)[number], { rows: number; fingerprint: string }>;

/** Row count and a hash of every row (ids included, updated_at left out) of each seeded table. */
async function snapshot(db: PrismaClient): Promise<Snapshot> {
  const result = {} as Snapshot;
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ rows: bigint; fingerprint: string | null }[]>(
      `SELECT count(*) AS rows, md5(string_agg((to_jsonb(t) - 'updated_at')::text, '|' ORDER BY (to_jsonb(t) - 'updated_at')::text)) AS fingerprint FROM "${table}" t`,
    );
    result[table] = { rows: Number(row!.rows), fingerprint: row!.fingerprint ?? "" };
  }
  return result;
}

const day = (key: string) => new Date(`${key}T00:00:00.000Z`);
const silent = { log: () => {} };

describe("demo seed", () => {
  let db: PrismaClient;
  let afterFirstRun: Snapshot;
  let afterSecondRun: Snapshot;
  let wasSeededBefore: boolean;

  beforeAll(async () => {
    db = createPrismaClient(url, 2);
    wasSeededBefore = await isDatabaseSeeded(url);
    await seedDatabase(url, silent);
    afterFirstRun = await snapshot(db);
    await seedDatabase(url, silent);
    afterSecondRun = await snapshot(db);
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
  });

  it("loads the catalogue, the agencies, the calendar and the demo accounts", async () => {
    expect(wasSeededBefore).toBe(false);
    expect(await isDatabaseSeeded(url)).toBe(true);
    expect(afterFirstRun.procedure.rows).toBe(48);
    expect(afterFirstRun.field.rows).toBe(12);
    expect(afterFirstRun.calendar_day.rows).toBe(1095);
    expect(afterFirstRun.procedure_document.rows).toBe(512);
    expect(afterFirstRun.user.rows).toBe(DEMO_ACCOUNTS.length);
    expect(afterFirstRun.organization_member.rows).toBe(2);
    // 48 agencies of the dataset (its 4 district committees left out) + 2 central + 8 commune police.
    expect(afterFirstRun.agency.rows).toBe(58);
    const codes = await db.agency.findMany({ select: { code: true } });
    for (const { code } of codes) expect(code).toMatch(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/);
  });

  it("changes nothing when run a second time (same rows, same ids)", () => {
    expect(afterSecondRun).toEqual(afterFirstRun);
  });

  it("makes birth registration a free same-day procedure with the 15:00 cut-off", async () => {
    const birth = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" }, include: { steps: { orderBy: { position: "asc" } } } });
    expect(birth.timeLimitValue?.toNumber()).toBe(1);
    expect(birth.timeLimitUnit).toBe("WORKING_DAYS");
    expect(birth.hasSameDayCutoff).toBe(true);
    expect(birth.feeVnd).toBe(0);
    expect(birth.feeStatus).toBe("AMOUNT");
    expect(birth.timeLimitText).toContain("15 giờ");
    expect(birth.steps.map((step) => [step.unitCode, step.role, step.durationValue?.toNumber(), step.durationUnit])).toEqual([
      ["MC", "DESK_OFFICER", 1, "HOURS"],
      ["VHXH", "SPECIALIST", 4, "HOURS"],
      ["LD", "AGENCY_LEADER", 2, "HOURS"],
      ["MC", "DESK_OFFICER", 1, "HOURS"],
    ]);
  });

  it("never invents a fee or a time limit the source does not state", async () => {
    const councilFees = await db.procedure.findMany({ where: { feeStatus: { not: "AMOUNT" } }, select: { feeVnd: true } });
    expect(councilFees.length).toBeGreaterThan(0);
    for (const procedure of councilFees) expect(procedure.feeVnd).toBeNull();
    // Building permits say "Ngày", which may not mean working days: no value, the text stays.
    const permit = await db.procedure.findUniqueOrThrow({ where: { code: "1.013225" } });
    expect(permit.timeLimitValue).toBeNull();
    expect(permit.timeLimitUnit).toBeNull();
    expect(permit.timeLimitText).toContain("15 Ngày");
  });

  it("follows the 2026 calendar: make-up Saturday, Tết, Hùng Kings' compensatory day off", async () => {
    const rows = await db.calendarDay.findMany({ where: { date: { in: ["2026-01-10", "2026-02-16", "2026-04-27", "2026-02-21", "2026-03-02"].map(day) } } });
    const byDate = new Map(rows.map((row) => [row.date.toISOString().slice(0, 10), row]));
    expect(byDate.get("2026-01-10")).toMatchObject({ isWorkingDay: true, kind: "MAKEUP_WORKDAY" });
    expect(byDate.get("2026-02-16")).toMatchObject({ isWorkingDay: false, kind: "HOLIDAY" });
    expect(byDate.get("2026-04-27")).toMatchObject({ isWorkingDay: false, kind: "COMPENSATORY_DAY_OFF" });
    expect(byDate.get("2026-02-21")).toMatchObject({ isWorkingDay: false, kind: "WEEKEND" });
    expect(byDate.get("2026-03-02")).toMatchObject({ isWorkingDay: true, kind: "WORKDAY" });
  });

  it("publishes 2025 and 2026 and not 2027, by a column", async () => {
    const years = await db.calendarYear.findMany({ orderBy: { year: "asc" }, select: { year: true, isPublished: true } });
    expect(years).toEqual([{ year: 2025, isPublished: true }, { year: 2026, isPublished: true }, { year: 2027, isPublished: false }]);
  });

  it("corrects the 2026 National Day days of an existing database and reports them", async () => {
    // The calendar as an earlier seed wrote it: 22 Aug off, 31 Aug worked.
    await db.calendarDay.update({ where: { date: day("2026-08-22") }, data: { isWorkingDay: false, kind: "WEEKEND" } });
    await db.calendarDay.update({ where: { date: day("2026-08-31") }, data: { isWorkingDay: true, kind: "WORKDAY" } });
    const summary = await seedDatabase(url, silent);
    expect(summary.calendar.changedDates).toEqual(["2026-08-22", "2026-08-31"]);
    const rows = await db.calendarDay.findMany({ where: { date: { gte: day("2026-08-22"), lte: day("2026-09-02") } }, orderBy: { date: "asc" } });
    expect(rows.filter((row) => !row.isWorkingDay).map((row) => row.date.toISOString().slice(0, 10))).toEqual([
      "2026-08-23", "2026-08-29", "2026-08-30", "2026-08-31", "2026-09-01", "2026-09-02",
    ]);
    expect(await snapshot(db)).toEqual(afterFirstRun);
  });

  it("leaves alone a year an administrator published that the file still calls unpublished", async () => {
    await db.calendarYear.update({ where: { year: 2027 }, data: { isPublished: true } });
    await db.calendarDay.update({ where: { date: day("2027-02-12") }, data: { isWorkingDay: false, kind: "HOLIDAY" } });
    const summary = await seedDatabase(url, silent);
    expect(summary.calendar.keptYears).toEqual([2027]);
    expect(await db.calendarDay.findUniqueOrThrow({ where: { date: day("2027-02-12") } })).toMatchObject({ isWorkingDay: false });
    await db.calendarYear.update({ where: { year: 2027 }, data: { isPublished: false } });
    await db.calendarDay.update({ where: { date: day("2027-02-12") }, data: { isWorkingDay: true, kind: "WORKDAY" } });
  });

  it("gives every procedure an internal plan whose steps add up exactly to the legal limit", async () => {
    const procedures = await db.procedure.findMany({ include: { steps: { orderBy: { position: "asc" } } } });
    for (const procedure of procedures) {
      const steps = procedure.steps.map((step) => ({ durationValue: step.durationValue?.toNumber() ?? null, durationUnit: step.durationUnit }));
      expect(procedure.steps.length, procedure.code).toBeGreaterThanOrEqual(4);
      expect(procedure.steps[0]!.unitKind, procedure.code).toBe("ONE_STOP_DESK");
      expect(procedure.steps.at(-1)!.unitKind, procedure.code).toBe("ONE_STOP_DESK");
      if (procedure.timeLimitValue === null || procedure.timeLimitUnit === null) {
        expect(steps.every((step) => step.durationValue === null && step.durationUnit === null), procedure.code).toBe(true);
      } else {
        expect(planTotal(steps, procedure.timeLimitUnit), procedure.code).toBeCloseTo(procedure.timeLimitValue.toNumber(), 9);
      }
    }
  });

  it("links each procedure to agencies that have every unit its plan names", async () => {
    const links = await db.procedureAgency.findMany({
      include: { procedure: { include: { steps: true } }, agency: { include: { units: { where: { isActive: true } } } } },
    });
    const linkedProcedures = new Set(links.map((link) => link.procedureId));
    expect(linkedProcedures.size).toBe(48);
    for (const link of links) {
      const unitCodes = new Set(link.agency.units.map((unit) => unit.code));
      for (const step of link.procedure.steps) expect(unitCodes.has(step.unitCode), `${link.procedure.code} @ ${link.agency.slug}: ${step.unitCode}`).toBe(true);
    }
  });

  it("places the ward officers on the units of the plan, with hashed passwords", async () => {
    const officers = await db.user.findMany({ where: { role: "OFFICER", agency: { slug: "hn-xa-bach-mai" } }, include: { unit: true } });
    expect(officers.map((officer) => `${officer.unit?.code}:${officer.officerRole}`).sort()).toEqual([
      "LD:AGENCY_LEADER",
      "MC:DESK_OFFICER",
      "VHXH:SPECIALIST",
      "VHXH:UNIT_HEAD",
    ]);
    const resident = await db.user.findUniqueOrThrow({ where: { email: "nguoidan@motcua.test" } });
    expect(resident.nationalId).toMatch(/^\d{12}$/);
    expect(resident.passwordHash).toMatch(/^\$argon2id\$/);
    expect(resident.passwordHash).not.toContain(DEMO_ACCOUNTS[0]!.password);
  });

  it("refuses to run in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    try {
      const { seedDatabase: seedInProduction } = await import("../../prisma/seed/index.ts");
      await expect(seedInProduction(url, silent)).rejects.toThrow(/production/);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
