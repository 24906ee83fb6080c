// Dossiers walked at random through the real commands over five months, in two agencies, online
// and at the desk: the statistics read from the rollups equal a direct count from the audit trail
// and the dossier table, for every kind of period, scope and grouping; the processing times equal
// the events' own figures, which equal a recomputation from the trail; every rollup equals its
// recount.
import { readFileSync } from "node:fs";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, localDateOf, type DateKey } from "@/lib/calendar/local-time";
import { clearCalendarCache, loadCalendarContext } from "@/lib/calendar/load";
import type { Actor } from "@/lib/dossiers/actor";
import { createDraft } from "@/lib/dossiers/create-draft";
import { markResultReady } from "@/lib/dossiers/mark-result-ready";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { submitDossier } from "@/lib/dossiers/submit-dossier";
import { supplementDossier } from "@/lib/dossiers/supplement-dossier";
import { withdrawDossier } from "@/lib/dossiers/withdraw-dossier";
import { isAppError } from "@/lib/errors";
import { attachDocument } from "@/lib/filing/uploads";
import { agencyIndex } from "@/lib/national-index/measures";
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

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
/** The papers each world's procedure requires (two) and one it takes if the applicant has it. */
const papers = new Map<string, { required: string[]; optional: string }>();

/** The applicant's papers sent in answer to the desk's request before receipt: the one still missing. */
async function sendMissingPaper(world: World, dossierId: string, actor: Actor, now: Date): Promise<void> {
  const { status } = await testDb.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } });
  if (status !== "SUPPLEMENT_BEFORE_RECEIPT") return;
  const held = await testDb.document.findMany({ where: { dossierId }, select: { requirementId: true } });
  const missing = papers.get(world.procedure.id)!.required.find((id) => !held.some((file) => file.requirementId === id));
  if (missing) await attachDocument({ actor, dossierId, slot: missing, fileName: "bo-sung.pdf", bytes: PDF, now, supplement: true });
}

// A walk-in's papers are supplemented, and its withdrawal asked, at the desk. A result is signed
// digitally (issued as uploaded) or a stamped scan, by the minute it is issued at.
const walkSteps: Record<string, Step> = {
  ...steps,
  supplement: async (w, dossierId, now, pick) => {
    const actor = pick % 2 ? w.resident : w.desk;
    await sendMissingPaper(w, dossierId, actor, now);
    return supplementDossier({ dossierId, actor, now });
  },
  withdraw: (w, dossierId, now, pick) => withdrawDossier({ dossierId, actor: pick % 2 ? w.resident : w.desk, now }),
  resultReady: (w, dossierId, now) => {
    const isSigned = Math.floor(now.getTime() / 60_000) % 2 === 0;
    const sha256 = "b".repeat(64);
    return markResultReady({
      dossierId, actor: w.desk, now,
      resultDocument: {
        name: "ket-qua.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256, storageKey: `r/${dossierId}/${now.getTime()}`,
        originalSha256: isSigned ? sha256 : "c".repeat(64), isSigned,
      },
    });
  },
};

/**
 * A dossier sent online (by a resident signed in with VNeID or by an email code) or handed in at
 * the desk, with its papers: every required one (papers 0), one missing (1), or all with the
 * optional one too (2).
 */
async function submitted(world: World, now: Date, walk: { channel: "ONLINE" | "IN_PERSON" | "POST"; papers: number; vneid: boolean }): Promise<string> {
  const resident: Actor = { kind: "RESIDENT", userId: (world.resident as { userId: string }).userId, organizationIds: [], isVneid: walk.vneid };
  const actor = walk.channel === "ONLINE" ? resident : world.desk;
  const { dossierId } =
    walk.channel === "ONLINE"
      ? await createDraft({ actor, now, procedureCode: world.procedure.code, agencyId: world.agency.id, formData: {} })
      : await createDraft({
          actor, now, procedureCode: world.procedure.code, agencyId: world.agency.id, formData: {},
          walkIn: { channel: walk.channel, applicant: { fullName: "Trần Thị Quầy" } },
        });
  const { required, optional } = papers.get(world.procedure.id)!;
  const slots = walk.papers === 1 ? required.slice(1) : walk.papers === 2 ? [...required, optional] : required;
  for (const slot of slots) {
    const attached = await attachDocument({ actor, dossierId, slot, fileName: "giay-to.pdf", bytes: PDF, now });
    if (!attached.ok) throw new Error(`paper not attached: ${attached.error}`);
  }
  await submitDossier({ dossierId, actor, now });
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
  papers: fc.nat(2),
  vneid: fc.boolean(),
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
  for (const world of worlds) {
    const paper = (position: number, isRequired: boolean) =>
      testDb.procedureDocument.create({ data: { procedureId: world.procedure.id, position, name: `Giấy tờ số ${position}`, isRequired } });
    const [first, second, optional] = [await paper(1, true), await paper(2, true), await paper(3, false)];
    papers.set(world.procedure.id, { required: [first.id, second.id], optional: optional.id });
  }
  // The same walks on every run (a fixed seed): the assertions below hold for any walks, and a
  // failure is reproducible.
  for (const walk of fc.sample(walkArbitrary, { seed: 20261129, numRuns: 90 })) {
    const world = worlds[walk.world]!;
    let now = new Date(hanoi("2026-01-05 00:00").getTime() + (walk.startDay * 24 * 60 + walk.startMinute) * 60_000);
    if (now >= NOW) continue;
    const dossierId = await submitted(world, now, walk);
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
    // Each digitisation fact both ways: results signed or not, receipts with every paper a file or
    // not, online dossiers sent with VNeID or not.
    for (const isSigned of [true, false]) expect(results.some((event) => event.payload.resultSigned === isSigned), `signed ${isSigned}`).toBe(true);
    const receipts = trail.events.filter((event) => event.action === "RECEIVE");
    const papersOf = (event: (typeof receipts)[number]) => event.payload.papers as { required: number; electronic: number };
    expect(receipts.some((event) => papersOf(event).electronic === 2)).toBe(true);
    expect(receipts.some((event) => papersOf(event).electronic < 2)).toBe(true);
    const sent = trail.events.filter((event) => event.action === "SUBMIT" && trail.dossiers.get(event.dossierId)!.channel === "ONLINE");
    for (const how of ["VNEID", "EMAIL_CODE"]) expect(sent.some((event) => event.payload.identifiedBy === how), how).toBe(true);
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

describe("the national index's digitisation group", () => {
  it("measures each agency's electronic results, digitised papers and VNeID use as a direct count gives", async () => {
    const [world] = worlds as [World];
    const period = yearPeriod(2026, TODAY);
    const direct = directFigures(trail, period, NOW, { include: (dossier) => dossier.agencyId === world.agency.id, group: () => "" }).get("")!;
    const { score } = await agencyIndex(world.agency.code, period, NOW);
    const measured = Object.fromEntries(score.groups.find((group) => group.group === "DIGITISATION")!.indicators.map((indicator) => [indicator.key, [indicator.numerator, indicator.denominator]]));
    expect(measured).toEqual({
      DIGITISATION_RESULTS: [direct.digitisation.electronicResults, direct.resolved.total],
      DIGITISATION_PAPERS: [direct.digitisation.electronicPapers, direct.received.new],
      DIGITISATION_IDENTITY: [direct.digitisation.vneid, direct.received.online],
    });
    // Something to measure, and neither all nor nothing.
    for (const [numerator, denominator] of Object.values(measured) as [number, number][]) {
      expect(numerator).toBeGreaterThan(0);
      expect(numerator).toBeLessThan(denominator);
    }
  });
});

describe("the digitisation backfill (an existing database's upgrade)", () => {
  it("gives the dossiers' facts and the counters the transitions wrote", async () => {
    const read = () =>
      Promise.all([
        testDb.statDaily.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { day: "asc" }] }),
        testDb.statMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { month: "asc" }] }),
        testDb.statAgencyMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { month: "asc" }] }),
        testDb.dossier.findMany({ select: { id: true, hasElectronicPapers: true }, orderBy: { id: "asc" } }),
      ]);
    const written = await read();
    expect(written[3].some((dossier) => dossier.hasElectronicPapers)).toBe(true);
    // As before the release: no fact, no counter. The papers are found again from their files.
    const none = { resolvedElectronic: 0, receivedElectronicPapers: 0, receivedVneid: 0 };
    await testDb.$transaction([
      testDb.statDaily.updateMany({ data: none }), testDb.statMonthly.updateMany({ data: none }), testDb.statAgencyMonthly.updateMany({ data: none }),
      testDb.dossier.updateMany({ data: { hasElectronicPapers: false } }),
    ]);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(readFileSync("prisma/migrations/20261129053900_digitisation_backfill/migration.sql", "utf8"));
    } finally {
      await client.end();
    }
    expect(await read()).toEqual(written);
  });
});

function directInputsOf(period: StatisticsPeriod, include: (dossier: DossierFacts) => boolean) {
  return directInputs(trail, period, NOW, { include, group: () => "" }).values();
}

function lastDay(month: string): DateKey {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return addDays(number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, "0")}-01`, -1);
}
