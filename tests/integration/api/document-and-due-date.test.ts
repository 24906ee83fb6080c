// The OpenAPI document and the due-date calculator through their contracts.
import { describe, expect, it } from "vitest";
import { GET as getDueDate } from "@/app/api/v1/due-date/route";
import { GET as getDocument } from "@/app/api/v1/openapi.json/route";
import { ZDueDateEstimate } from "@/lib/api/endpoints/due-date";
import { makeProcedure } from "../../factories";

const noParams = { params: Promise.resolve({}) };

describe("GET /api/v1/openapi.json", () => {
  it("serves the OpenAPI 3.1 document with every public endpoint, cached for an hour, 304 when unchanged", async () => {
    const response = await getDocument(new Request("http://localhost/api/v1/openapi.json"), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/dossiers/{code}", "/api/v1/due-date", "/api/v1/ho-so"]));
    const again = await getDocument(new Request("http://localhost/api/v1/openapi.json", { headers: { "if-none-match": response.headers.get("etag")! } }), noParams);
    expect(again.status).toBe(304);
  });
});

describe("GET /api/v1/due-date through its contract", () => {
  const call = (query: string, headers: Record<string, string> = {}) => getDueDate(new Request(`http://localhost/api/v1/due-date?${query}`, { headers }), noParams);

  it("answers the documented shape, with an ETag that gives 304", async () => {
    const procedure = await makeProcedure({ timeLimitValue: 3, timeLimitUnit: "WORKING_DAYS" });
    const query = `receivedAt=2026-03-02T09:00:00%2B07:00&procedure=${procedure.code}`;
    const response = await call(query);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
    expect(ZDueDateEstimate.parse(await response.json())).toMatchObject({ dueAt: "2026-03-05T09:00:00+07:00", procedure: { code: procedure.code } });
    expect((await call(query, { "if-none-match": response.headers.get("etag")! })).status).toBe(304);
  });

  it("answers 404 for an unknown procedure and 400 per field, in English when asked", async () => {
    expect((await call("procedure=8.999998")).status).toBe(404);
    const response = await call("value=abc&unit=weeks", { "accept-language": "en" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.message).toBe("Some information is not valid; please check it.");
    expect(Object.keys(body.errors).sort()).toEqual(["unit", "value"]);
  });
});
