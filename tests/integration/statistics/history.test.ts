// The history generator's statistics (npm run db:history): the rollups it copies equal their
// recount from the trail, and the statistics read from them equal a direct count, on the seeded
// city with months of realistic dossiers (late ones, apologies, dossiers carried across months,
// some overdue now).
import { readFileSync } from "node:fs";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { localDateOf } from "@/lib/calendar/local-time";
import { clearCalendarCache } from "@/lib/calendar/load";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { computeFigures, sumInputs } from "@/lib/statistics/figures";
import { monthPeriod, quarterPeriod, rangePeriod } from "@/lib/statistics/period";
import { percentile, sampleSize } from "@/lib/statistics/percentiles";
import { processingTimeFor, processingWindow } from "@/lib/statistics/processing-time-for";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import { generateHistory } from "@/prisma/history/index";
import { seedDatabase } from "@/prisma/seed/index";
import { testDb } from "../../support/db";
import { directFigures, directHistogram, directInputs, readTrail, type Trail } from "./direct-count";

const url = process.env.DATABASE_URL!;
const NOW = new Date("2026-11-27T10:30:00+07:00");
const TODAY = localDateOf(NOW);
let trail: Trail;

beforeAll(async () => {
  await seedDatabase(url, { log: () => {} });
  clearCalendarCache();
  await generateHistory(url, { dossiers: 1000, seed: 11, demo: false, now: NOW, from: "2026-05-01" });
  trail = await readTrail({ papersFrom: "receipts" });
}, 180_000);

const rollups = () =>
  Promise.all([
    testDb.statMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { month: "asc" }] }),
    testDb.statOpen.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { receivedMonth: "asc" }] }),
    testDb.statDuration.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
    testDb.statAgencyMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { month: "asc" }] }),
    testDb.statAgencyOpen.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { receivedMonth: "asc" }] }),
    testDb.statDurationScope.findMany({ orderBy: [{ scope: "asc" }, { scopeId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
  ]);

describe("the history's statistics", () => {
  it("copies the monthly, open and working-days rollups a recount from the trail gives", async () => {
    const written = await rollups();
    expect(written[0].some((row) => row.carriedIn > 0)).toBe(true);
    expect(written[2].length).toBeGreaterThan(50);
    await recountRollups();
    expect(await rollups()).toEqual(written);
  });

  it("gives, from the backfill migration, the rollups the generator wrote (an existing database's upgrade)", async () => {
    const waits = () =>
      testDb.dossier.findMany({
        where: { status: { in: ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"] }, clockPausedSeconds: { gt: 0 } },
        select: { id: true, clockPausedSeconds: true },
        orderBy: { id: "asc" },
      });
    const daily = () => testDb.statDaily.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { day: "asc" }] });
    const [written, paused, writtenDaily] = [await rollups(), await waits(), await daily()];
    // As before the releases: none of the new rows, no waits counted against the clock, no
    // digitisation counters (the dossiers keep the facts their receipts recorded: the history has
    // no paper files to read them from again).
    await testDb.$transaction([
      testDb.statMonthly.deleteMany(), testDb.statOpen.deleteMany(), testDb.statAgencyMonthly.deleteMany(), testDb.statAgencyOpen.deleteMany(),
      testDb.statDurationScope.deleteMany(), testDb.dossier.updateMany({ data: { clockPausedSeconds: 0 } }),
      testDb.statDaily.updateMany({ data: { resolvedElectronic: 0, receivedElectronicPapers: 0, receivedVneid: 0 } }),
    ]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // In the order an upgrading database applies them.
      for (const migration of ["20261129030100_statistics_rollups_backfill", "20261129040100_stat_duration_scope_backfill", "20261129053900_digitisation_backfill"]) {
        await client.query(readFileSync(`prisma/migrations/${migration}/migration.sql`, "utf8"));
      }
    } finally {
      await client.end();
    }
    expect(await rollups()).toEqual(written);
    expect(await daily()).toEqual(writtenDaily);
    expect(await waits()).toEqual(paused);
  });

  it("gives each agency its own realistic shares of digitisation", async () => {
    const city = await statisticsFor({ kind: "city" }, rangePeriod("2026-05-01", TODAY, TODAY), { groupBy: "agency", now: NOW });
    const { rates } = city.totals;
    // The generator's ranges (prisma/history/volumes.ts, DIGITISATION), over a thousand dossiers.
    expect(rates.electronicResults).toBeGreaterThan(0.6);
    expect(rates.electronicResults).toBeLessThan(0.9);
    // Online papers are all files; at the desk, 55-95 % are scanned.
    expect(rates.electronicPapers).toBeGreaterThan(0.6);
    expect(rates.electronicPapers).toBeLessThan(1);
    expect(rates.vneid).toBeGreaterThan(0.8);
    expect(rates.vneid).toBeLessThan(0.98);
    // Agencies differ: among those with enough results, the shares are spread.
    const shares = city.groups.filter((group) => group.figures.resolved.total >= 20).map((group) => group.figures.rates.electronicResults!);
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.05);
  });

  it("gives the figures a direct count gives, for the city ranked by agency and for one agency", async () => {
    const agencies = await testDb.agency.findMany({ select: { id: true, code: true } });
    const code = new Map(agencies.map((agency) => [agency.id, agency.code]));
    const busiest = [...trail.dossiers.values()].reduce<Map<string, number>>((counts, dossier) => counts.set(dossier.agencyId, (counts.get(dossier.agencyId) ?? 0) + 1), new Map());
    const [agencyId] = [...busiest].sort((a, b) => b[1] - a[1])[0]!;
    for (const period of [monthPeriod(2026, 9, TODAY), quarterPeriod(2026, 3, TODAY), rangePeriod("2026-07-20", "2026-10-10", TODAY), monthPeriod(2026, 11, TODAY)]) {
      const city = await statisticsFor({ kind: "city" }, period, { groupBy: "agency", now: NOW });
      const direct = directFigures(trail, period, NOW, { include: () => true, group: (dossier) => code.get(dossier.agencyId)! });
      expect(Object.fromEntries(city.groups.map((group) => [group.key, group.figures])), period.value).toEqual(Object.fromEntries(direct));
      expect(city.totals, period.value).toEqual(computeFigures(sumInputs([...directInputs(trail, period, NOW, { include: () => true, group: () => "" }).values()], period.isOpen)));
      // Ranks follow the on-time rate among agencies with enough dossiers.
      const ranked = city.groups.filter((group) => group.rank !== null);
      for (let index = 1; index < ranked.length; index++) {
        expect(ranked[index - 1]!.figures.rates.onTime!).toBeGreaterThanOrEqual(ranked[index]!.figures.rates.onTime!);
      }
      const one = await statisticsFor({ kind: "agency", agency: code.get(agencyId)! }, period, { now: NOW });
      expect(one.totals).toEqual(directFigures(trail, period, NOW, { include: (dossier) => dossier.agencyId === agencyId, group: () => "" }).get(""));
    }
    // Dossiers were carried across months (overdue ones are the walk's and overdue.test.ts's business).
    const november = await statisticsFor({ kind: "city" }, monthPeriod(2026, 11, TODAY), { now: NOW });
    expect(november.totals.received.carriedOver).toBeGreaterThan(0);
    expect(november.totals.inProgress!.total).toBeGreaterThan(0);
  });

  it("gives each procedure's processing time from the working days its results recorded", async () => {
    const window = processingWindow(NOW);
    const procedures = await testDb.procedure.findMany({ where: { statDuration: { some: {} } }, select: { id: true, code: true }, take: 5 });
    expect(procedures.length).toBeGreaterThan(0);
    for (const procedure of procedures) {
      const histogram = directHistogram(trail, window.from, window.to, (dossier) => dossier.procedureId === procedure.id);
      const result = await processingTimeFor({ kind: "procedure", procedure: procedure.code }, { now: NOW });
      expect([result.sample, result.medianWorkingDays, result.p90WorkingDays]).toEqual([sampleSize(histogram), percentile(histogram, 0.5), percentile(histogram, 0.9)]);
    }
  });
});
