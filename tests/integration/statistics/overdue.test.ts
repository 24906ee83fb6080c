// In progress now: within the deadline or overdue, through the commands and the index range on
// running dossiers (lib/statistics/read-rollups.ts, readLive), on Wednesday 10 June 2026 at 13:30.
import { beforeAll, describe, expect, it } from "vitest";
import { clearCalendarCache } from "@/lib/calendar/load";
import { issueApology } from "@/lib/dossiers/issue-apology";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { requestSupplement } from "@/lib/dossiers/request-supplement";
import { monthPeriod, rangePeriod } from "@/lib/statistics/period";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import { installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier, type World } from "../dossiers/world";

const NOW = hanoi("2026-06-10 13:30");
let days: World;
let hours: World;

async function received(world: World, at: string): Promise<string> {
  const dossierId = await submittedDossier(world, hanoi(at));
  await receiveDossier({ dossierId, actor: world.desk, now: hanoi(at) });
  return dossierId;
}

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  clearCalendarCache();
  days = await makeWorld({ timeLimit: { value: 1, unit: "WORKING_DAYS" } });
  hours = await makeWorld({ timeLimit: { value: 4, unit: "HOURS" } });
  // Due Tue 9 June: it became overdue at midnight, so it is overdue today.
  await received(days, "2026-06-08 10:00");
  // Due today, Wed 10 June at 10:00: a limit in days lasts to the end of its date.
  await received(days, "2026-06-09 10:00");
  // Due Tue 9 June, moved to Fri 12 June by an apology: still overdue in the agency's record.
  const apologised = await received(days, "2026-06-08 09:00");
  await issueApology({ dossierId: apologised, actor: days.leader, now: hanoi("2026-06-08 11:00"), reason: "Chờ xác minh", newDueAt: hanoi("2026-06-12 10:00") });
  // Waiting for the applicant's papers: paused, neither within the deadline nor overdue.
  const waiting = await received(days, "2026-06-09 08:30");
  await requestSupplement({ dossierId: waiting, actor: days.desk, now: hanoi("2026-06-09 09:00"), reason: "Thiếu giấy tờ", items: [{ name: "Tờ khai" }] });
  // Four working hours from 08:00 are due at 12:00: overdue at 13:30.
  await received(hours, "2026-06-10 08:00");
  // From 10:00: due at 15:00 (the lunch break does not count), within the deadline at 13:30.
  await received(hours, "2026-06-10 10:00");
});

describe("in progress now", () => {
  it("a limit in days is overdue from the day after its date; an apology does not hide it", async () => {
    const { totals } = await statisticsFor({ kind: "agency", agency: days.agency.code }, monthPeriod(2026, 6, "2026-06-10"), { now: NOW });
    expect(totals.inProgress).toEqual({ total: 3, withinDeadline: 1, overdue: 2 });
    expect(totals.paused).toEqual({ total: 1, supplement: 1, payment: 0 });
    expect(totals.carriedForward).toBe(4);
  });

  it("a limit in hours is overdue from its minute", async () => {
    const { totals } = await statisticsFor({ kind: "procedure", procedure: hours.procedure.code }, rangePeriod("2026-06-10", "2026-06-10", "2026-06-10"), { now: NOW });
    expect(totals.inProgress).toEqual({ total: 2, withinDeadline: 1, overdue: 1 });
    expect(totals.received.new).toBe(2);
  });

  it("the city's figure is the sum of its agencies', ranked by agency", async () => {
    const result = await statisticsFor({ kind: "city" }, monthPeriod(2026, 6, "2026-06-10"), { groupBy: "agency", now: NOW });
    expect(result.totals.inProgress).toEqual({ total: 5, withinDeadline: 2, overdue: 3 });
    expect(result.groups.map((group) => [group.key, group.figures.inProgress?.overdue, group.rank]).sort()).toEqual(
      [[days.agency.code, 2, null], [hours.agency.code, 1, null]].sort(),
    );
  });

  it("a closed period says only how many were still in hand at its end", async () => {
    const { totals } = await statisticsFor({ kind: "agency", agency: days.agency.code }, rangePeriod("2026-06-08", "2026-06-09", "2026-06-10"), { now: NOW });
    expect(totals.inProgress).toBeNull();
    expect(totals.paused).toBeNull();
    expect(totals.carriedForward).toBe(4);
    expect(totals.supplementRequests).toBe(1);
    expect(totals.apologies).toBe(1);
  });

  it("an unknown code is not found, with the parameter's message", async () => {
    await expect(statisticsFor({ kind: "agency", agency: "000.00.00.X00" }, monthPeriod(2026, 6, "2026-06-10"), { now: NOW })).rejects.toMatchObject({
      code: "NOT_FOUND",
      fields: { agency: expect.stringContaining("agency") },
    });
  });
});
