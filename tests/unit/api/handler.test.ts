import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEndpoint, described } from "@/lib/api/contract";
import { apiRoute, created, endpointHandler, ok } from "@/lib/api/handler";
import { messageKey } from "@/lib/api/messages";
import { AppError } from "@/lib/errors";

// A small endpoint built with the real wrapper: what every /api/v1 route answers, without a database.
const contract = defineEndpoint({
  method: "GET",
  path: "/api/v1/things/{code}",
  operationId: "getThing",
  tag: "test",
  summary: { vi: "Một thứ", en: "A thing" },
  access: "public",
  params: z.object({ code: z.string().regex(/^\d\.\d{6}$/, { error: messageKey("procedureCode") }).meta(described("Mã", "Code", "1.000001")) }),
  query: z.object({ page: z.coerce.number().int().min(1).max(10).default(1), kind: z.enum(["a", "b"]).optional() }),
  cacheControl: "public, max-age=60",
  responses: { 200: { description: { vi: "Thứ", en: "Thing" }, schema: z.object({ code: z.string(), page: z.number() }) } },
  errors: [404],
});

const route = apiRoute({
  GET: endpointHandler(contract, async ({ params, query, fail }) => {
    if (params.code === "0.000000") return fail("NOT_FOUND");
    if (params.code === "9.999999") throw new AppError("CONFLICT");
    if (params.code === "8.888888") throw new Error("SELECT * FROM secret WHERE national_id = '001099012345'");
    if (params.code === "7.777777") return ok({ code: params.code, page: "not a number" } as never);
    if (params.code === "6.666666") return ok({ code: params.code, page: 1, nationalId: "001099012345" } as never);
    return ok({ code: params.code, page: query.page });
  }),
});

const call = (code: string, search = "", headers: Record<string, string> = {}) =>
  route.GET(new Request(`http://localhost/api/v1/things/${code}${search}`, { headers }), { params: Promise.resolve({ code }) });

describe("a successful answer", () => {
  it("is JSON with the contract's Cache-Control, a strong ETag and CORS for open data", async () => {
    const response = await call("1.000001", "?page=2");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{43}"$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({ code: "1.000001", page: 2 });
  });

  it("answers 304 without a body to a client that holds the same body, and 200 once it changed", async () => {
    const first = await call("1.000001");
    const etag = first.headers.get("etag")!;
    const again = await call("1.000001", "", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=60");
    expect((await call("1.000001", "", { "if-none-match": `W/${etag}` })).status).toBe(304);
    const changed = await call("1.000001", "?page=3", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("a refused request", () => {
  it("answers 400 with a Vietnamese message per field", async () => {
    const response = await call("abc", "?page=0&kind=c");
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect(await response.json()).toEqual({
      code: "VALIDATION",
      message: "Thông tin chưa hợp lệ, vui lòng kiểm tra lại.",
      errors: {
        code: "Mã thủ tục gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193.",
        page: "Tối thiểu là 1.",
        kind: "Phải là một trong các giá trị: a, b.",
      },
    });
  });

  it("answers in English when Accept-Language prefers it", async () => {
    const response = await call("abc", "?page=x", { "accept-language": "en-GB,en;q=0.9" });
    expect(await response.json()).toEqual({
      code: "VALIDATION",
      message: "Some information is not valid; please check it.",
      errors: { code: "A procedure code is a digit, a dot and six digits, e.g. 1.001193.", page: "Must be a number." },
    });
  });

  it.each([
    ["0.000000", 404, "NOT_FOUND"],
    ["9.999999", 409, "CONFLICT"],
  ])("%s: an expected error answers %i with its catalogue message", async (code, status, errorCode) => {
    const response = await call(code);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.code).toBe(errorCode);
    expect(body.message).toMatch(/\p{L}/u);
    expect(body).not.toHaveProperty("errors");
  });

  it("hides an unexpected error's text behind a reference", async () => {
    const response = await call("8.888888");
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ code: "INTERNAL", message: expect.stringContaining("mã tham chiếu"), reference: expect.stringMatching(/^[\w-]{36}$/) });
    expect(JSON.stringify(body)).not.toContain("001099012345");
  });

  it("refuses, outside production, a body its contract does not describe or a field it does not list", async () => {
    expect((await call("7.777777")).status).toBe(500);
    const undocumented = await call("6.666666");
    expect(undocumented.status).toBe(500);
    expect(await undocumented.text()).not.toContain("001099012345");
  });
});

describe("methods", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"] as const)("%s answers a JSON 405 naming the allowed methods", async (method) => {
    const response = await route[method](new Request("http://localhost/api/v1/things/1.000001", { method, headers: { "accept-language": "en" } }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await response.json()).toEqual({ code: "METHOD_NOT_ALLOWED", message: "This address does not accept this request method." });
  });

  it("OPTIONS allows other websites to read open data, revalidating with If-None-Match", async () => {
    const response = await route.OPTIONS(new Request("http://localhost/api/v1/things/1.000001", { method: "OPTIONS" }));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("refuses a contract given for another method", () => {
    expect(() => apiRoute({ POST: endpointHandler(contract, async () => ok({ code: "", page: 1 })) })).toThrow(/POST is given the contract of GET/);
  });
});

describe("a body", () => {
  const make = defineEndpoint({
    method: "POST",
    path: "/api/v1/things",
    operationId: "makeThing",
    tag: "test",
    summary: { vi: "Tạo", en: "Make" },
    access: "resident",
    body: { mediaType: "application/json", schema: z.object({ name: z.string().min(1) }) },
    cacheControl: "no-store",
    responses: { 201: { description: { vi: "Đã tạo", en: "Made" }, schema: z.object({ name: z.string() }) } },
    errors: [],
  });
  const post = apiRoute({ POST: endpointHandler(make, async ({ readBody }) => created(await readBody())) }).POST;
  const send = (body: string) => post(new Request("http://localhost/api/v1/things", { method: "POST", body, headers: { "content-type": "application/json" } }));

  it("is parsed with the contract's schema when the endpoint reads it; the answer is not stored, has no ETag nor CORS", async () => {
    const response = await send('{"name":"Một"}');
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(await response.json()).toEqual({ name: "Một" });
  });

  it.each([
    ['{"name":""}', { name: "Không được để trống." }],
    ["{not json", { _: "Sai kiểu dữ liệu." }],
  ])("%s is a 400 with its field's message", async (body, errors) => {
    const response = await send(body);
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual(errors);
  });
});
