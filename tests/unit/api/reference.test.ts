import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, type TJsonSchema } from "@/lib/api/openapi";
import { fieldRows, referenceOperations, typeLabel } from "@/lib/api/reference";
import { API_ENDPOINTS } from "@/lib/api/registry";

const document = buildOpenApiDocument(API_ENDPOINTS, { serverUrl: "https://motcua.example", version: "1" });

describe("the reference page's reading of the document", () => {
  it.each<[TJsonSchema, string]>([
    [{ type: "string" }, "string"],
    [{ type: "string", format: "date-time" }, "string (date-time)"],
    [{ type: ["number", "null"] }, "number"],
    [{ anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "null" }] }, '"a" | "b"'],
    [{ type: "array", items: { type: "integer" } }, "integer[]"],
    [{ type: "string", format: "binary" }, "file"],
    [{ type: "object", additionalProperties: { type: "string" } }, "object<string, string>"],
    [{}, "any"],
  ])("%j reads as %s", (schema, label) => {
    expect(typeLabel(schema)).toBe(label);
  });

  it("lists nested fields after their parent, with nullability and both languages", () => {
    const schema: TJsonSchema = {
      type: "object",
      required: ["items"],
      properties: {
        items: { type: "array", description: "Các mục", "x-description-en": "Items", items: { type: "object", required: ["code"], properties: { code: { type: "string" } } } },
        apology: { anyOf: [{ type: "object", properties: { at: { type: "string" } } }, { type: "null" }], description: "Xin lỗi", "x-description-en": "Apology" },
      },
    };
    expect(fieldRows(schema, "en")).toEqual([
      { name: "items", type: "object[]", required: true, nullable: false, description: "Items", depth: 0 },
      { name: "items[].code", type: "string", required: true, nullable: false, description: null, depth: 1 },
      { name: "apology", type: "object", required: false, nullable: true, description: "Apology", depth: 0 },
      { name: "apology.at", type: "string", required: false, nullable: false, description: null, depth: 1 },
    ]);
  });

  it("shows every operation of the document with every status it documents, in either language", () => {
    for (const locale of ["vi", "en"] as const) {
      const operations = referenceOperations(document, locale);
      const documented = Object.entries(document.paths).flatMap(([path, byMethod]) => Object.keys(byMethod).map((method) => `${method.toUpperCase()} ${path}`));
      expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(documented);
      for (const operation of operations) {
        const statuses = Object.keys(document.paths[operation.path]![operation.method.toLowerCase()]!.responses);
        expect(operation.responses.map((response) => response.status)).toEqual(statuses);
        expect(operation.responses.every((response) => response.description.length > 0)).toBe(true);
      }
    }
    const lookup = referenceOperations(document, "en").find((operation) => operation.id === "lookUpDossier")!;
    expect(lookup.summary).toBe("Look up a dossier by its code and lookup code");
    expect(lookup.responses.find((response) => response.status === "200")!.fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(["status", "appointment.dueAt", "controlSlip[].verdict", "controlSlip[].unit.name", "supplementRequests[].fulfilledAt"]),
    );
  });

  it("builds example requests from the document's examples", () => {
    const byId = Object.fromEntries(referenceOperations(document, "vi").map((operation) => [operation.id, operation.example]));
    expect(byId.getProcedure).toBe("curl -i \\\n  'https://motcua.example/api/v1/procedures/1.001193'");
    expect(byId.lookUpDossier).toContain("'https://motcua.example/api/v1/dossiers/000.00.12.H26-260302-0001?lookupCode=7KQ4ZDMA'");
    expect(byId.estimateDueDate).toContain("receivedAt=2026-02-13T10%3A00%3A00%2B07%3A00&value=5&unit=working_days");
    expect(byId.fileDossier).toContain("-X POST");
    expect(byId.fileDossier).toContain("-H 'Idempotency-Key: ");
    expect(byId.fileDossier).toContain("-F 'file:<id>=@giay-chung-sinh.pdf'");
    expect(byId.fileDossier).toContain("-F 'procedure=1.001193'");
  });
});
