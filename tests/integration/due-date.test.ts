import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/due-date/route";
import { clearCalendarCache } from "@/lib/calendar/load";
import { makeProcedure } from "../factories";
import { installCalendar } from "../support/calendar";
import { testDb } from "../support/db";

const tet2026 = ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"];

async function call(query: string) {
  const response = await GET(new Request(`http://localhost/api/v1/due-date?${query}`));
  return { status: response.status, body: await response.json() };
}

beforeEach(async () => {
  clearCalendarCache();
  await testDb.calendarDay.deleteMany();
  await testDb.calendarDay.createMany({
    data: [
      ...tet2026.map((date) => ({ date: new Date(date), isWorkingDay: false, kind: "HOLIDAY" as const, name: "Tết Nguyên đán" })),
      { date: new Date("2026-01-10"), isWorkingDay: true, kind: "MAKEUP_WORKDAY" as const, name: "Làm bù" },
    ],
  });
});

describe("GET /api/v1/due-date", () => {
  it("skips Tết on the live calendar", async () => {
    const { status, body } = await call("receivedAt=2026-02-13T10:00:00%2B07:00&value=5&unit=working_days");
    expect(status).toBe(200);
    expect(body.dueAt).toBe("2026-02-27T10:00:00+07:00");
  });

  it("counts a make-up Saturday from the table", async () => {
    const { body } = await call("receivedAt=2026-01-09T10:00:00%2B07:00&value=1&unit=working_days");
    expect(body.dueAt).toBe("2026-01-10T10:00:00+07:00");
  });

  it("takes the time limit and the 15:00 cut-off from a procedure", async () => {
    const procedure = await makeProcedure({ timeLimitValue: 1, timeLimitUnit: "WORKING_DAYS", hasSameDayCutoff: true });
    const { status, body } = await call(`receivedAt=2026-03-03T15:30:00%2B07:00&procedure=${procedure.code}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ dueAt: "2026-03-04T17:00:00+07:00", hasSameDayCutoff: true, procedure: { code: procedure.code } });
  });

  it("takes the procedure's online limit for an online submission", async () => {
    const procedure = await makeProcedure({ timeLimitValue: 20, timeLimitUnit: "WORKING_DAYS", onlineTimeLimitValue: 10, onlineTimeLimitUnit: "WORKING_DAYS" });
    const at = "receivedAt=2026-03-02T09:00:00%2B07:00";
    expect((await call(`${at}&procedure=${procedure.code}`)).body).toMatchObject({ value: 20, dueAt: "2026-03-30T09:00:00+07:00" });
    expect((await call(`${at}&procedure=${procedure.code}&channel=online`)).body).toMatchObject({ value: 10, dueAt: "2026-03-16T09:00:00+07:00" });
    expect((await call(`${at}&procedure=${procedure.code}&channel=fax`)).status).toBe(400);
  });

  it("answers 409 with a clear message when the procedure's limit is unknown", async () => {
    const procedure = await makeProcedure({ timeLimitValue: null, timeLimitUnit: null, timeLimitText: "Không có thông tin" });
    const { status, body } = await call(`procedure=${procedure.code}`);
    expect(status).toBe(409);
    expect(body.code).toBe("TIME_LIMIT_UNKNOWN");
  });

  it.each([
    ["", ["value", "unit"]],
    ["value=abc&unit=working_days", ["value"]],
    ["value=5&unit=weeks", ["unit"]],
    ["value=-1&unit=hours", ["value"]],
    ["value=5&unit=hours&receivedAt=yesterday", ["receivedAt"]],
    ["value=5&unit=hours&receivedAt=2026-02-30T10:00:00Z", ["receivedAt"]],
    ["procedure=1'%20OR%201=1", ["procedure"]],
    ["value=3650&unit=working_days", ["value"]],
    ["value=366&unit=working_days", ["value"]],
    ["value=5000&unit=hours", ["value"]],
    ["value=5&unit=calendar_days&receivedAt=9999-12-31T23:59:00Z", ["receivedAt"]],
    ["value=5&unit=calendar_days&receivedAt=0001-01-01T00:00:00Z", ["receivedAt"]],
  ])("rejects %s with 400 and a message per field", async (query, fields) => {
    const { status, body } = await call(query);
    expect(status).toBe(400);
    expect(body.code).toBe("VALIDATION");
    expect(Object.keys(body.errors)).toEqual(expect.arrayContaining(fields));
  });

  it("answers the longest allowed limits with a date, not an error", async () => {
    for (const query of ["value=365&unit=working_days", "value=730&unit=calendar_days", "value=2920&unit=hours"]) {
      const { status, body } = await call(`receivedAt=2100-12-31T16:00:00%2B07:00&${query}`);
      expect(status).toBe(200);
      expect(body.dueAt).toMatch(/^21\d\d-/);
    }
  });

  it("answers 404 for an unknown procedure", async () => {
    const { status } = await call("procedure=9.999999");
    expect(status).toBe(404);
  });
});

describe("GET /api/v1/due-date on the published calendar", () => {
  beforeEach(async () => {
    await installCalendar(testDb, { 2026: { isPublished: true } });
    clearCalendarCache();
  });

  it("says a date within the published year is final", async () => {
    const { body } = await call("receivedAt=2026-03-02T09:00:00%2B07:00&value=5&unit=working_days");
    expect(body).toMatchObject({ dueAt: "2026-03-09T09:00:00+07:00", provisional: false });
  });

  it("says a date reaching an unpublished year is provisional", async () => {
    const { body } = await call("receivedAt=2026-12-21T09:00:00%2B07:00&value=15&unit=working_days");
    expect(body).toMatchObject({ dueAt: "2027-01-11T09:00:00+07:00", provisional: true });
  });

  it("counts the National Day 2026 arrangement", async () => {
    const { body } = await call("receivedAt=2026-08-28T10:00:00%2B07:00&value=1&unit=working_days");
    expect(body).toMatchObject({ dueAt: "2026-09-03T10:00:00+07:00", provisional: false });
  });
});
