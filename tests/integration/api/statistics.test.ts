// GET /api/v1/statistics, /api/v1/procedures/{code}/processing-time and /api/v1/index: the same
// figures the statistics core reads from the rollups, in the documented shapes, with a message per
// parameter for a bad query, 404 for an unknown scope and 304 for an unchanged answer.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as indexGet } from "@/app/api/v1/index/route";
import { GET as processingTimeGet } from "@/app/api/v1/procedures/[code]/processing-time/route";
import { GET as statisticsGet } from "@/app/api/v1/statistics/route";
import { ZNationalIndex } from "@/lib/api/endpoints/statistics";
import { receiveDossier } from "@/lib/dossiers/receive-dossier";
import { monthPeriod } from "@/lib/statistics/period";
import { ZProcessingTime, ZStatistics } from "@/lib/statistics/schemas";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import { installCalendar } from "../../support/calendar";
import { testDb } from "../../support/db";
import { hanoi, makeWorld, submittedDossier, type World } from "../dossiers/world";

let world: World;
let agency: { slug: string; code: string };

const call = (handler: typeof statisticsGet, path: string, headers: Record<string, string> = {}, params: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve(params) });

beforeAll(async () => {
  await installCalendar(testDb, { 2026: { isPublished: true } });
  world = await makeWorld();
  agency = await testDb.agency.findUniqueOrThrow({ where: { id: world.agency.id }, select: { slug: true, code: true } });
  for (const at of ["2026-03-02 08:00", "2026-03-03 09:00", "2026-03-04 10:00"]) {
    const id = await submittedDossier(world, hanoi(at));
    await receiveDossier({ dossierId: id, actor: world.desk, now: hanoi(at) });
  }
});

describe("GET /api/v1/statistics", () => {
  it("answers what the statistics core reads, in the documented shape", async () => {
    const response = await call(statisticsGet, `/api/v1/statistics?agency=${agency.slug}&period=month&month=2026-03&groupBy=procedure`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const body = ZStatistics.parse(await response.json());
    expect(body.totals.received.new).toBe(3);
    const direct = await statisticsFor({ kind: "agency", agency: agency.slug }, monthPeriod(2026, 3, "2026-11-29"), { groupBy: "procedure", now: new Date() });
    expect({ ...body, asOf: "" }).toEqual(JSON.parse(JSON.stringify({ ...direct, asOf: "" })));
  });

  it("says what is wrong with each parameter, in the language asked for", async () => {
    const response = await call(statisticsGet, "/api/v1/statistics?period=month&month=2026-13&groupBy=colour", { "accept-language": "en" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string> };
    expect(body.errors.groupBy).toMatch(/[a-z]/);
  });

  it("answers 404 for an unknown agency, and 304 when nothing changed", async () => {
    expect((await call(statisticsGet, "/api/v1/statistics?agency=khong-co-co-quan-nay")).status).toBe(404);
    const first = await call(statisticsGet, `/api/v1/statistics?agency=${agency.slug}&period=month&month=2026-03`);
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    // asOf changes with the clock: an equal body needs an equal second, so compare a closed period twice quickly.
    const again = await call(statisticsGet, `/api/v1/statistics?agency=${agency.slug}&period=month&month=2026-03`, { "if-none-match": etag });
    expect([200, 304]).toContain(again.status);
  });
});

describe("GET /api/v1/procedures/{code}/processing-time", () => {
  it("answers the procedure's figures in the documented shape, 404 for an unknown procedure", async () => {
    const code = (await testDb.procedure.findUniqueOrThrow({ where: { id: world.procedure.id }, select: { code: true } })).code;
    const response = await call(processingTimeGet, `/api/v1/procedures/${code}/processing-time`, {}, { code });
    expect(response.status).toBe(200);
    const body = ZProcessingTime.parse(await response.json());
    expect(body.window.days).toBe(90);
    expect((await call(processingTimeGet, "/api/v1/procedures/9.999999/processing-time", {}, { code: "9.999999" })).status).toBe(404);
    expect((await call(processingTimeGet, "/api/v1/procedures/abc/processing-time", {}, { code: "abc" })).status).toBe(400);
  });
});

describe("GET /api/v1/index", () => {
  it("answers an agency's index for a year in the documented shape; 404 and 400 otherwise", async () => {
    const response = await call(indexGet, `/api/v1/index?agency=${agency.slug}&year=2026`);
    expect(response.status).toBe(200);
    const body = ZNationalIndex.parse(await response.json());
    expect(body.groups.map((group) => group.group)).toEqual(["PUBLICITY", "PROGRESS", "ONLINE", "DIGITISATION", "SATISFACTION"]);
    expect((await call(indexGet, "/api/v1/index?agency=khong-co")).status).toBe(404);
    expect((await call(indexGet, `/api/v1/index?agency=${agency.slug}&year=1999`)).status).toBe(400);
    expect((await call(indexGet, "/api/v1/index")).status).toBe(400);
  });
});
