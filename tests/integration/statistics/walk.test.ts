// Dossiers walked at random through the real commands over five months, in two agencies, online
// and at the desk: the statistics read from the rollups equal a direct count from the audit trail
// and the dossier table, for every kind of period, scope and grouping; the processing times equal
// the events' own figures, which equal a recomputation from the trail; every rollup equals its
// recount.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, localDateOf, type DateKey } from "@/lib/calendar/local-time";
import { clearCalendarCache, loadCalendarContext } from "@/lib/calendar/load";
import { createDraft } from "@/lib/dossiers/create-draft";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { supplementDossier } from "@/lib/dossiers/supplement-dossier";
import { withdrawDossier } from "@/lib/dossiers/withdraw-dossier";
import { isAppError } from "@/lib/errors";
import { computeFigures, sumInputs } from "@/lib/statistics/figures";
import { monthPeriod, quarterPeriod, rangePeriod, yearPeriod, type StatisticsPeriod } from "@/lib/statistics/period";
import { percentile, sampleSize, usualWorkingDays } from "@/lib/statistics/percentiles";
import { processingWorkingDays } from "@/lib/statistics/processing-days";
import { processingTimeFor, processingWindow, usualProcessingTime } from "@/lib/statistics/processing-time-for";
import type { GroupBy, StatisticsScope } from "@/lib/statistics/query";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import { installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";
import { steps, type Step } from "../dossiers/walk-steps";
import { hanoi, makeWorld, type World } from "../dossiers/world";
import { directFigures, directHistogram, directInputs, readTrail, type DossierFacts, type Trail } from "./direct-count";

const NOW = hanoi("2026-06-10 14:00");
const TODAY = localDateOf(NOW);

// A walk-in's papers are supplemented, and its withdrawal asked, at the desk.
const walkSteps: Record<string, Step> = {
  ...steps,
  supplement: (w, dossierId, now, pick) => supplementDossier({ dossierId, actor: pick % 2 ? w.resident : w.desk, now }),
  withdraw: (w, dossierId, now, pick) => withdrawDossier({ dossierId, actor: pick % 2 ? w.resident : w.desk, now }),
};

async function submitted(world: World, now: Date, channel: "ONLINE" | "IN_PERSON" | "POST"): Promise<string> {
  const { dossierId } =
    channel === "ONLINE"
      ? await createDraft({ actor: world.resident, now, procedureCode: world.procedure.code, agencyId: world.agency.id, formData: {} })
      : await createDraft({
          actor: world.desk, now, procedureCode: world.procedure.code, agencyId: world.agency.id, formData: {},
          walkIn: { channel, applicant: { fullName: "Trần Thị Quầy" } },
        });
  await submitDossier({ dossierId, actor: channel === "ONLINE" ? world.resident : world.desk, now });
  return dossierId;
}

// The way through (receipt, the plan's steps, approval, result, return, rating) with turns of
// events inserted at random places (a supplement, a payment, a bounce, a consultation, an apology,
// a withdrawal, a stop, a refusal), cut at a random point so that some dossiers stay in progress,
// with random gaps of up to four days between actions (so some are late, some cross months).
const WAY: [string, number][] = [["receive", 0], ["forward", 0], ["forward", 1], ["forward", 2], ["approve", 0], ["resultReady", 0], ["returnResult", 0], ["rate", 0]];
const TURNS: [string, number][][] = [
  [["supplementRequest", 1], ["supplement", 1]],
  [["supplementRequest", 0], ["supplement", 0]],
  [["supplementRequest", 1]],
  [["requestPayment", 0], ["pay", 1]],
  [["requestPayment", 0], ["pay", 0]],
  [["requestPayment", 0]],
  [["sendBack", 0], ["forward", 1]],
  [["consult", 0], ["reply", 0]],
  [["apology", 0]],
  [["withdraw", 1]],
  [["stop", 0]],
  [["refuse", 0]],
  [["refuseToResolve", 0]],
];
const walkArbitrary = fc.record({
  world: fc.nat(1),
  channel: fc.constantFrom("ONLINE" as const, "ONLINE" as const, "IN_PERSON" as const, "POST" as const),
  startDay: fc.nat(150),
  startMinute: fc.integer({ min: 7 * 60, max: 18 * 60 }),
  length: fc.integer({ min: 1, max: WAY.length }),
  turns: fc.array(fc.record({ before: fc.nat(WAY.length - 1), turn: fc.nat(TURNS.length - 1) }), { maxLength: 3 }),
  gaps: fc.array(fc.integer({ min: 5, max: 4 * 24 * 60 }), { minLength: 16, maxLength: 16 }),
});

function sequenceOf(walk: { length: number; turns: { before: number; turn: number }[] }): [string, number][] {
  const sequence: [string, number][] = [];
  WAY.slice(0, walk.length).forEach((step, index) => {
    for (const { before, turn } of walk.turns) if (before === index) sequence.push(...TURNS[turn]!);
    sequence.push(step);
  });
  return sequence;
}

let worlds: World[];
let trail: Trail;

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  clearCalendarCache();
  worlds = [await makeWorld(), await makeWorld({ timeLimit: { value: 16, unit: "HOURS" } })];
  // The same walks on every run (a fixed seed): the assertions below hold for any walks, and a
  // failure is reproducible.
  for (const walk of fc.sample(walkArbitrary, { seed: 20261129, numRuns: 90 })) {
    const world = worlds[walk.world]!;
    let now = new Date(hanoi("2026-01-05 00:00").getTime() + (walk.startDay * 24 * 60 + walk.startMinute) * 60_000);
    if (now >= NOW) continue;
    const dossierId = await submitted(world, now, walk.channel);
    for (const [index, [step, pick]] of sequenceOf(walk).entries()) {
      // The first actions come within hours of each other (an apology is sent ahead of the deadline).
      const gap = walk.gaps[index % walk.gaps.length]!;
      now = new Date(now.getTime() + (index < 3 ? gap % (6 * 60) : gap) * 60_000);
      if (now >= NOW) break;
      await walkSteps[step]!(world, dossierId, now, pick).catch((error: unknown) => {
        if (!isAppError(error) || error.code === "CONFLICT") throw error;
      });
    }
  }
  trail = await readTrail();
}, 300_000);

const codes = async () => {
  const [agencies, procedures] = await Promise.all([
    testDb.agency.findMany({ select: { id: true, code: true } }),
    testDb.procedure.findMany({ select: { id: true, code: true, field: { select: { code: true } } } }),
  ]);
  return {
    agency: new Map(agencies.map((row) => [row.id, row.code])),
    procedure: new Map(procedures.map((row) => [row.id, row.code])),
    field: new Map(procedures.map((row) => [row.id, row.field.code])),
  };
};

describe("the statistics equal a direct count from the trail", () => {
  const periods: StatisticsPeriod[] = [
    monthPeriod(2026, 2, TODAY),
    monthPeriod(2026, 3, TODAY),
    quarterPeriod(2026, 1, TODAY),
    rangePeriod("2026-02-10", "2026-04-20", TODAY),
    monthPeriod(2026, 6, TODAY),
    yearPeriod(2026, TODAY),
    rangePeriod("2026-05-15", TODAY, TODAY),
  ];

  it("has walked enough: dossiers in every state that matters, across months", () => {
    const statuses = new Set([...trail.dossiers.values()].map((dossier) => dossier.status));
    for (const status of ["RESOLVED", "RETURNED", "IN_PROCESSING", "WITHDRAWN"]) expect(statuses, status).toContain(status);
    const results = trail.events.filter((event) => event.action === "MARK_RESULT_READY");
    expect(results.length).toBeGreaterThan(10);
    for (const verdict of ["EARLY", "LATE"]) expect(results.some((event) => event.payload.statTimeliness === verdict), verdict).toBe(true);
    for (const action of ["SUPPLEMENT", "RECORD_PAYMENT", "ISSUE_APOLOGY", "WITHDRAW", "STOP", "RATE"]) expect(trail.events.some((event) => event.action === action), action).toBe(true);
  });

  it("for every period, scope and grouping", async () => {
    const [world, hourly] = worlds as [World, World];
    const fieldCode = (await testDb.field.findFirstOrThrow({ where: { procedures: { some: { id: world.procedure.id } } } })).code;
    const names = await codes();
    const scopes: [StatisticsScope, (dossier: DossierFacts) => boolean][] = [
      [{ kind: "city" }, () => true],
      [{ kind: "agency", agency: world.agency.code }, (dossier) => dossier.agencyId === world.agency.id],
      [{ kind: "procedure", procedure: hourly.procedure.code }, (dossier) => dossier.procedureId === hourly.procedure.id],
      [{ kind: "field", field: fieldCode }, (dossier) => names.field.get(dossier.procedureId) === fieldCode],
    ];
    const groupKeys: Record<Exclude<GroupBy, "month">, (dossier: DossierFacts) => string> = {
      none: () => "",
      agency: (dossier) => names.agency.get(dossier.agencyId)!,
      procedure: (dossier) => names.procedure.get(dossier.procedureId)!,
      field: (dossier) => names.field.get(dossier.procedureId)!,
      channel: (dossier) => dossier.channel,
    };
    let compared = 0;
    for (const period of periods) {
      for (const [scope, include] of scopes) {
        for (const [groupBy, group] of Object.entries(groupKeys) as [Exclude<GroupBy, "month">, (dossier: DossierFacts) => string][]) {
          const result = await statisticsFor(scope, period, { groupBy, now: NOW });
          const direct = directFigures(trail, period, NOW, { include, group });
          const label = `${period.value} ${JSON.stringify(scope)} by ${groupBy}`;
          const total = computeFigures(sumInputs([...directInputsOf(period, include)], period.isOpen));
          expect(result.totals, label).toEqual(total);
          if (groupBy !== "none") expect(Object.fromEntries(result.groups.map((g) => [g.key, g.figures])), label).toEqual(Object.fromEntries(direct));
          // Whatever the period, the books balance; while it is open, what is in hand now is in progress or paused.
          const t = result.totals;
          expect(t.received.total, label).toBe(t.resolved.total + t.withdrawn + t.stopped + t.carriedForward);
          if (period.isOpen) expect(t.inProgress!.total + t.paused!.total, label).toBe(t.carriedForward);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(periods.length * scopes.length * 5);
    // The walks left what the figures are about: dossiers carried across months, some overdue now.
    const year = await statisticsFor({ kind: "city" }, yearPeriod(2026, TODAY), { now: NOW });
    expect(year.totals.inProgress!.overdue).toBeGreaterThan(0);
    expect(year.totals.inProgress!.withinDeadline + year.totals.paused!.total).toBeGreaterThan(0);
    expect((await statisticsFor({ kind: "city" }, monthPeriod(2026, 4, TODAY), { now: NOW })).totals.received.carriedOver).toBeGreaterThan(0);
  }, 120_000);

  it("by month: each month as its own period, the last one open", async () => {
    for (const period of [yearPeriod(2026, TODAY), rangePeriod("2026-02-10", "2026-04-20", TODAY)]) {
      const result = await statisticsFor({ kind: "city" }, period, { groupBy: "month", now: NOW });
      const months = result.groups.map((group) => group.key);
      expect(months[0]).toBe(period.from.slice(0, 7));
      expect(months[months.length - 1]).toBe(period.through.slice(0, 7));
      for (const group of result.groups) {
        const first = group.key === period.from.slice(0, 7) ? period.from : `${group.key}-01`;
        const last = lastDay(group.key) > period.through ? period.through : lastDay(group.key);
        const isOpen = last >= TODAY;
        const direct = directFigures(trail, { from: first, to: isOpen ? period.to : last, isOpen }, NOW, { include: () => true, group: () => "" });
        expect(group.figures, `${period.value} ${group.key}`).toEqual(direct.get("") ?? computeFigures(sumInputs([], isOpen)));
      }
      expect(result.totals).toEqual((await statisticsFor({ kind: "city" }, period, { now: NOW })).totals);
    }
  });
});

describe("how long it really takes", () => {
  it("records on each result the working days a recomputation from the trail gives", async () => {
    const context = await loadCalendarContext(testDb);
    const byDossier = new Map<string, Trail["events"]>();
    for (const event of trail.events) byDossier.set(event.dossierId, [...(byDossier.get(event.dossierId) ?? []), event]);
    let checked = 0;
    for (const events of byDossier.values()) {
      const result = events.find((event) => event.action === "MARK_RESULT_READY");
      if (!result) continue;
      const before = events.filter((event) => event.occurredAt <= result.occurredAt);
      const starts = before.filter((event) => event.action === "RECEIVE" || (event.action === "SUPPLEMENT" && event.fromStatus === "SUPPLEMENT_REQUESTED"));
      const clockStartedAt = starts[starts.length - 1]!.occurredAt;
      const paused = before
        .filter((event) => event.action === "RECORD_PAYMENT" && event.occurredAt >= clockStartedAt)
        .reduce((sum, event) => sum + Math.round((event.payload.pausedMinutes as number) * 60), 0);
      expect(result.payload.statWorkingDays).toBe(processingWorkingDays({ clockStartedAt, finishedAt: result.occurredAt, clockPausedSeconds: paused, context }));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("gives the median, the 90th percentile and the on-time share of the last 90 days, per procedure and agency", async () => {
    const window = processingWindow(NOW);
    for (const world of worlds) {
      const include = (dossier: DossierFacts) => dossier.procedureId === world.procedure.id;
      const histogram = directHistogram(trail, window.from, window.to, include);
      const flows = directFigures(trail, { from: window.from, to: window.to, isOpen: true }, NOW, { include, group: () => "" }).get("");
      for (const agency of [undefined, world.agency.code]) {
        const result = await processingTimeFor({ kind: "procedure", procedure: world.procedure.code }, { now: NOW, agency });
        expect(result.sample).toBe(sampleSize(histogram));
        expect(result.medianWorkingDays).toBe(percentile(histogram, 0.5));
        expect(result.p90WorkingDays).toBe(percentile(histogram, 0.9));
        expect(result.usualWorkingDays).toBe(usualWorkingDays(histogram));
        expect(result.onTimeRate).toBe(flows?.rates.onTime ?? null);
        expect(result.legalLimit).toEqual(
          world === worlds[0] ? { value: 5, unit: "WORKING_DAYS", workingDays: 5 } : { value: 16, unit: "HOURS", workingDays: 2 },
        );
      }
      const usual = await usualProcessingTime({ procedureCode: world.procedure.code, agencyId: world.agency.id }, NOW);
      expect(usual.sample).toBe(sampleSize(histogram));
      expect(usual.workingDays).toBe(usualWorkingDays(histogram));
    }
    // Any scope: the city's histogram is every procedure's.
    const city = await processingTimeFor({ kind: "city" }, { now: NOW });
    expect(city.sample).toBe(sampleSize(directHistogram(trail, window.from, window.to, () => true)));
    expect(city.legalLimit).toBeNull();
  });
});

describe("every rollup equals its recount from the trail", () => {
  it("daily, monthly, open by month of receipt, working days, statuses, the agencies' sums", async () => {
    const read = () =>
      Promise.all([
        testDb.statDaily.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { day: "asc" }] }),
        testDb.statMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { month: "asc" }] }),
        testDb.statOpen.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { receivedMonth: "asc" }] }),
        testDb.statDuration.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
        testDb.statStatus.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { status: "asc" }] }),
        testDb.statAgencyMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { month: "asc" }] }),
        testDb.statAgencyOpen.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { receivedMonth: "asc" }] }),
        testDb.statDurationScope.findMany({ orderBy: [{ scope: "asc" }, { scopeId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
      ]);
    const before = await read();
    expect(before[1].some((row) => row.carriedIn > 0)).toBe(true);
    expect(before[3].length).toBeGreaterThan(0);
    await recountRollups();
    expect(await read()).toEqual(before);
    // The dossiers in hand by month of receipt are, per key, those in the open statuses now.
    const [open, statuses] = [before[2], before[4].filter((row) => ["RECEIVED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"].includes(row.status))];
    const perKey = (rows: { agencyId: string; procedureId: string; channel: string; count: number }[]) =>
      rows.reduce<Record<string, number>>((sums, row) => {
        const key = `${row.agencyId}|${row.procedureId}|${row.channel}`;
        return { ...sums, [key]: (sums[key] ?? 0) + row.count };
      }, {});
    expect(perKey(open)).toEqual(perKey(statuses));
  });
});

function directInputsOf(period: StatisticsPeriod, include: (dossier: DossierFacts) => boolean) {
  return directInputs(trail, period, NOW, { include, group: () => "" }).values();
}

function lastDay(month: string): DateKey {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return addDays(number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, "0")}-01`, -1);
}
