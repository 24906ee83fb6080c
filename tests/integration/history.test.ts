// The history generator on the seeded database: what it writes is what the engine would have
// written. Every trail verifies, a recount from the events gives exactly the counters it wrote,
// codes are unique and gap-free per agency and day, the demo accounts have their own dossiers
// (their results real files that the public verification confirms),
// and a second run adds to the first without a clash.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { clearCalendarCache } from "@/lib/calendar/load";
import { delegationEvaluation } from "@/lib/delegation/read-evaluation";
import { recountRollups } from "@/lib/dossiers/recount-rollups";
import { verifyDossierTrail } from "@/lib/dossiers/verify-dossier-trail";
import { storage } from "@/lib/storage";
import { verifyPaper } from "@/lib/verification/verify-paper";
import { DEMO_DELEGATION } from "@/prisma/history/delegation";
import { generateHistory, type HistorySummary } from "@/prisma/history/index";
import { seedDatabase } from "@/prisma/seed/index";
import { testDb } from "../support/db";

const url = process.env.DATABASE_URL!;
const now = new Date("2026-11-27T10:30:00+07:00");
const counters = () =>
  Promise.all([
    testDb.statDaily.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { day: "asc" }] }),
    testDb.statStatus.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { status: "asc" }] }),
    testDb.statMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { month: "asc" }] }),
    testDb.statOpen.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }, { receivedMonth: "asc" }] }),
    testDb.statDuration.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
    testDb.statAgencyMonthly.findMany({ orderBy: [{ agencyId: "asc" }, { month: "asc" }] }),
    testDb.statAgencyOpen.findMany({ where: { count: { not: 0 } }, orderBy: [{ agencyId: "asc" }, { receivedMonth: "asc" }] }),
    testDb.statDurationScope.findMany({ orderBy: [{ scope: "asc" }, { scopeId: "asc" }, { day: "asc" }, { workingDays: "asc" }] }),
  ]);

describe("npm run db:history", () => {
  let first: HistorySummary;

  beforeAll(async () => {
    await seedDatabase(url, { log: () => {} });
    clearCalendarCache();
    first = await generateHistory(url, { dossiers: 1500, seed: 7, demo: true, now, from: "2026-01-01" });
  }, 120_000);

  it("writes the dossiers asked for, with the shares of a city", async () => {
    expect(first.dossiers).toBeGreaterThan(1480);
    expect(await testDb.dossier.count()).toBe(first.dossiers);
    const returned = first.statuses.RETURNED ?? 0;
    expect(returned / first.dossiers).toBeGreaterThan(0.85);
    for (const status of ["REFUSED", "WITHDRAWN", "IN_PROCESSING", "RETURNED"]) expect(first.statuses[status], status).toBeGreaterThan(0);
    const late = await testDb.dossier.count({ where: { timeliness: "LATE" } });
    const finished = await testDb.dossier.count({ where: { timeliness: { not: null } } });
    expect(late / finished).toBeGreaterThan(0.002);
    expect(late / finished).toBeLessThan(0.08);
    expect(await testDb.dueDateChange.count()).toBeGreaterThan(0);
    expect(await testDb.rating.count()).toBeGreaterThan(0);
    expect(await testDb.dossier.count({ where: { channel: "ONLINE" } })).toBeGreaterThan(first.dossiers * 0.2);
    // No walk got stuck on a rule: what the rules refused was optional (an apology, a late supplement).
    expect(Object.keys(first.refusals).filter((refusal) => refusal.startsWith("STUCK"))).toEqual([]);
  });

  it("writes trails that verify, every one", async () => {
    const ids = await testDb.dossier.findMany({ select: { id: true } });
    const results = await Promise.all(ids.map(({ id }) => verifyDossierTrail(id)));
    expect(results.filter((result) => !result.isValid).slice(0, 2)).toEqual([]);
  });

  it("leaves no reference dangling, though a superuser's bulk load skips re-checking them", async () => {
    const keys = await testDb.$queryRaw<{ child: string; column: string; parent: string; target: string }[]>`
      SELECT c.conrelid::regclass::text AS child, a.attname AS column, c.confrelid::regclass::text AS parent, af.attname AS target
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND array_length(c.conkey, 1) = 1`;
    expect(keys.length).toBeGreaterThan(20);
    const dangling: string[] = [];
    for (const key of keys) {
      const [row] = await testDb.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM ${key.child} c WHERE c."${key.column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE p."${key.target}" = c."${key.column}")`,
      );
      if (row!.n > 0n) dangling.push(`${key.child}.${key.column} → ${key.parent}: ${row!.n}`);
    }
    expect(dangling).toEqual([]);
  });

  it("writes exactly the counters a recount from the events gives", async () => {
    const written = await counters();
    await recountRollups();
    expect(await counters()).toEqual(written);
  });

  it("gives unique codes, numbered from 1 without gaps per agency and day", async () => {
    const rows = await testDb.$queryRaw<{ gaps: bigint; duplicates: bigint }[]>`
      WITH numbered AS (
        SELECT split_part(code, '-', 1) || split_part(code, '-', 2) AS series, split_part(code, '-', 3)::int AS n FROM dossier WHERE code IS NOT NULL)
      SELECT (SELECT count(*) FROM (SELECT series FROM numbered GROUP BY series HAVING max(n) <> count(*)) t) AS gaps,
             (SELECT count(*) - count(DISTINCT series || n) FROM numbered) AS duplicates`;
    expect(rows[0]).toEqual({ gaps: 0n, duplicates: 0n });
  });

  it("gives the demo resident and business dossiers of their own, some waiting for the demo officers", async () => {
    const resident = await testDb.user.findUniqueOrThrow({ where: { email: "nguoidan@motcua.test" } });
    const own = await testDb.dossier.findMany({ where: { applicantId: resident.id }, select: { status: true } });
    expect(new Set(own.map((dossier) => dossier.status))).toEqual(new Set(["RETURNED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT", "SUBMITTED"]));
    const business = await testDb.organization.findUniqueOrThrow({ where: { taxCode: "0109123458" } });
    expect(await testDb.dossier.count({ where: { organizationId: business.id } })).toBe(3);
    const specialist = await testDb.user.findUniqueOrThrow({ where: { email: "chuyenvien.bachmai@motcua.test" } });
    expect(await testDb.dossier.count({ where: { currentHandlerId: specialist.id, closedAt: null } })).toBeGreaterThan(0);
  });

  it("gives the demo dossiers' results real, stamped files that the public verification confirms", async () => {
    const resident = await testDb.user.findUniqueOrThrow({ where: { email: "nguoidan@motcua.test" } });
    const results = await testDb.document.findMany({ where: { kind: "RESULT", dossier: { applicantId: resident.id } }, select: { id: true, dossierId: true, sha256: true, storageKey: true, verificationCode: true } });
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const bytes = await storage().get(result.storageKey);
      expect(bytes && createHash("sha256").update(bytes).digest("hex")).toBe(result.sha256);
      const event = await testDb.dossierEvent.findFirstOrThrow({ where: { dossierId: result.dossierId!, action: "MARK_RESULT_READY" } });
      expect(event.payload).toMatchObject({ resultDocumentId: result.id, resultSha256: result.sha256 });
      expect(await verifyPaper({ code: result.verificationCode!, clientKey: "history-test", now })).toMatchObject({ status: "ISSUED", paper: { sha256: result.sha256 } });
    }
    // A used file is no longer a pending write; an unused one is left to the sweep.
    expect(await testDb.storageIntent.count({ where: { key: { in: results.map((result) => result.storageKey) } } })).toBe(0);
    // The other dossiers' results have no file and no code.
    expect(await testDb.document.count({ where: { kind: "RESULT", verificationCode: { not: null } } })).toBeLessThanOrEqual(12);
  });

  it("includes the demo delegation: the department's licence filed with the wards from a year ago, under its decision", async () => {
    const delegation = await testDb.delegation.findFirstOrThrow({
      where: { decisionNumber: DEMO_DELEGATION.decisionNumber },
      include: { procedure: { select: { code: true } }, delegator: { select: { slug: true } }, decisionDocument: true },
    });
    expect(delegation).toMatchObject({ delegateGroup: "COMMUNES", delegateUnitCode: "KT", procedure: { code: "1.000703" }, delegator: { slug: "hn-so-xay-dung" } });
    expect(delegation.validFrom.toISOString().slice(0, 10)).toBe("2025-11-27");
    const file = await storage().get(delegation.decisionDocument!.storageKey);
    expect(file && createHash("sha256").update(file).digest("hex")).toBe(delegation.decisionDocument!.sha256);
    expect(await testDb.adminAudit.count({ where: { targetId: delegation.id, action: "DELEGATION_RECORDED" } })).toBe(1);
    const filed = await testDb.dossier.findMany({
      where: { procedureId: delegation.procedureId!, status: { not: "DRAFT" } },
      select: { delegationId: true, agency: { select: { level: true, kind: true } }, processingSteps: { select: { unit: { select: { code: true } } } }, events: { where: { action: "SUBMIT" }, select: { payload: true } } },
    });
    expect(filed.length).toBeGreaterThan(10);
    for (const dossier of filed) {
      expect(dossier).toMatchObject({ delegationId: delegation.id, agency: { level: "COMMUNE", kind: "PEOPLES_COMMITTEE" } });
      expect(dossier.events[0]!.payload).toMatchObject({ delegation: { delegationId: delegation.id, decisionNumber: DEMO_DELEGATION.decisionNumber } });
      expect(dossier.processingSteps.map((step) => step.unit?.code).filter((code) => code === "QLVT")).toEqual([]);
    }
    const read = await delegationEvaluation(delegation.id, now);
    expect(read?.evaluation?.delegates.received.value).toBe(await testDb.dossier.count({ where: { delegationId: delegation.id, receivedAt: { not: null } } }));
    expect(read?.evaluation?.delegates.medianWorkingDays.value).not.toBeNull();
    expect(read?.evaluation?.delegator.received.value).toBe(0);
  });

  it("adds a second history to the first, codes continuing", async () => {
    const before = await testDb.dossier.count();
    const second = await generateHistory(url, { dossiers: 300, seed: 8, demo: false, now, from: "2026-06-01" });
    expect(await testDb.dossier.count()).toBe(before + second.dossiers);
    const written = await counters();
    await recountRollups();
    expect(await counters()).toEqual(written);
  }, 60_000);
});
