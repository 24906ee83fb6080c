import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEndpoint, described } from "@/lib/api/contract";
import { buildOpenApiDocument, type TOperationObject, type TParameterObject } from "@/lib/api/openapi";
import { API_ENDPOINTS } from "@/lib/api/registry";

const document = buildOpenApiDocument(API_ENDPOINTS, { serverUrl: "https://motcua.example/", version: "1.2.3" });
const operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
  Object.entries(byMethod).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method, operation })),
);

/** Every `$ref` anywhere in the document. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : refs(inner)));
  }
  return [];
}

describe("the OpenAPI document generated from the contracts", () => {
  it("is OpenAPI 3.1 with this server's address", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://motcua.example" }]);
    expect(document.info.version).toBe("1.2.3");
  });

  it("is the same document every time (nothing random, nothing from the clock)", () => {
    expect(JSON.stringify(buildOpenApiDocument(API_ENDPOINTS, { serverUrl: "https://motcua.example/", version: "1.2.3" }))).toBe(JSON.stringify(document));
  });

  it("has operations with unique ids", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has no reference to a component that does not exist", () => {
    for (const ref of refs(document)) {
      const [, section, name] = ref.match(/^#\/components\/(\w+)\/(\w+)$/) ?? [];
      expect((document.components as Record<string, Record<string, unknown>>)[section!]?.[name!], ref).toBeDefined();
    }
  });

  it.each(operations.map((entry) => [entry.name, entry] as const))("%s: described in both languages, with its errors and caching", (_name, { method, operation }) => {
    expect(operation.summary).toMatch(/\p{L}/u);
    expect(operation["x-summary-en"]).toMatch(/[a-z]/);
    for (const parameter of operation.parameters) {
      expect(parameter.description, `${parameter.name} has a Vietnamese description`).toMatch(/\p{L}/u);
      expect(parameter["x-description-en"], `${parameter.name} has an English description`).toMatch(/[a-z]/);
      if (parameter.in === "path") expect(parameter.required).toBe(true);
    }
    expect(operation.responses["500"]).toEqual({ $ref: "#/components/responses/InternalError" });
    if (operation.parameters.length > 0 || operation.requestBody) expect(operation.responses["400"]).toEqual({ $ref: "#/components/responses/BadRequest" });
    if (method === "get") {
      expect(operation.responses["304"]).toEqual({ $ref: "#/components/responses/NotModified" });
      expect(operation.responses["200"]).toMatchObject({ headers: { ETag: expect.anything(), "Cache-Control": expect.anything() } });
    }
    const success = (operation.responses["200"] ?? operation.responses["201"]) as { content: Record<string, unknown> };
    expect(success.content["application/json"]).toBeDefined();
  });

  it("documents the lookup's refusals: 404 for a wrong code or lookup code, 429 with Retry-After", () => {
    const lookup = document.paths["/api/v1/dossiers/{code}"]!.get!;
    expect(lookup.responses).toMatchObject({ "404": { $ref: "#/components/responses/NotFound" }, "429": { $ref: "#/components/responses/TooManyRequests" } });
    expect(document.components.responses.TooManyRequests!.headers).toHaveProperty("Retry-After");
    expect(lookup.parameters.map((parameter) => [parameter.name, parameter.in, parameter.required])).toEqual([["code", "path", true], ["lookupCode", "query", true]]);
  });

  it("has an error schema with a message per field", () => {
    expect(document.components.schemas.Error).toMatchObject({
      type: "object",
      required: ["code", "message"],
      properties: { errors: { type: "object", additionalProperties: { type: "string" } } },
    });
  });
});

describe("a contract turned into an operation", () => {
  const contract = defineEndpoint({
    method: "POST",
    path: "/api/v1/things/{id}",
    operationId: "makeThing",
    tag: "test",
    summary: { vi: "Tạo", en: "Make" },
    description: { vi: "Mô tả", en: "Description" },
    access: "resident",
    params: z.object({ id: z.uuid().meta(described("Mã", "Id")) }),
    query: z.object({
      page: z.coerce.number().int().min(1).max(9).default(1).meta(described("Trang", "Page", 2)),
      at: z.string().transform((text) => new Date(text)).optional().meta(described("Lúc", "At", "2026-01-01T00:00:00+07:00")),
    }),
    headers: z.object({ "Idempotency-Key": z.string().min(8).meta(described("Khóa", "Key")) }),
    body: { mediaType: "application/json", schema: z.object({ name: z.string().meta(described("Tên", "Name")) }) },
    cacheControl: "no-store",
    responses: { 201: { description: { vi: "Đã tạo", en: "Made" }, schema: z.object({ id: z.string(), when: z.iso.datetime({ offset: true }).nullable() }) } },
    errors: [401, 409],
  });
  const operation = buildOpenApiDocument([contract], { serverUrl: "http://x", version: "1" }).paths["/api/v1/things/{id}"]!.post as TOperationObject;
  const parameter = (name: string) => operation.parameters.find((item) => item.name === name) as TParameterObject;

  it.each([
    ["id", { in: "path", required: true, description: "Mã", "x-description-en": "Id", schema: { type: "string", format: "uuid" } }],
    ["page", { in: "query", required: false, example: 2, schema: { type: "integer", minimum: 1, maximum: 9, default: 1 } }],
    ["at", { in: "query", required: false, example: "2026-01-01T00:00:00+07:00", schema: { type: "string" } }],
    ["Idempotency-Key", { in: "header", required: true, schema: { type: "string", minLength: 8 } }],
  ])("parameter %s comes from its schema", (name, expected) => {
    expect(parameter(name)).toMatchObject(expected);
  });

  it("takes its body, statuses, security and caching from the contract", () => {
    expect(operation.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { type: "object", properties: { name: { type: "string", description: "Tên", "x-description-en": "Name" } }, required: ["name"] } } },
    });
    expect(Object.keys(operation.responses).sort()).toEqual(["201", "400", "401", "409", "500"]);
    expect(operation.responses["201"]).toMatchObject({
      description: "Đã tạo",
      "x-description-en": "Made",
      headers: { "Cache-Control": { schema: { enum: ["no-store"] } } },
      content: { "application/json": { schema: { properties: { when: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] } } } } },
    });
    expect(operation.responses).not.toHaveProperty("304");
    expect(operation.security).toEqual([{ residentSession: [] }]);
  });

  it("refuses two contracts for one method and path", () => {
    expect(() => buildOpenApiDocument([contract, contract], { serverUrl: "http://x", version: "1" })).toThrow(/Two contracts/);
  });
});
