// Every method of every route file under app/api/v1 is in the OpenAPI document, with the contract
// of the same path, and every operation of the document is served by a route file: the document
// cannot list an endpoint that does not exist, nor miss one that does.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "@/lib/api/contract";
import type { TEndpointHandler } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_ENDPOINTS } from "@/lib/api/registry";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const API_DIR = path.join(ROOT, "app/api/v1");

const routeFiles = (fs.readdirSync(API_DIR, { recursive: true }) as string[])
  .filter((file) => file === "route.ts" || file.endsWith(`${path.sep}route.ts`))
  .map((file) => path.join(API_DIR, file))
  .sort();

/** app/api/v1/procedures/[code]/route.ts → /api/v1/procedures/{code} */
function pathOf(file: string): string {
  const folder = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  return `/${folder.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

const document = buildOpenApiDocument(API_ENDPOINTS, { serverUrl: "http://localhost:3000", version: "test" });

async function servedOperations(): Promise<string[]> {
  const served: string[] = [];
  for (const file of routeFiles) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const handler = exports[method] as (TEndpointHandler & { isMethodNotAllowed?: boolean }) | undefined;
      if (handler === undefined || handler.isMethodNotAllowed) continue;
      expect(handler.endpoint, `${path.relative(ROOT, file)} exports ${method} without a contract (use apiRoute and endpointHandler)`).toBeDefined();
      expect(handler.endpoint.method).toBe(method);
      expect(handler.endpoint.path, `${path.relative(ROOT, file)} serves the contract of another path`).toBe(pathOf(file));
      served.push(`${method} ${pathOf(file)}`);
    }
  }
  return served.sort();
}

describe("the route files and the OpenAPI document", () => {
  it("finds the route files", () => {
    expect(routeFiles.map((file) => pathOf(file))).toEqual(
      expect.arrayContaining(["/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/dossiers/{code}", "/api/v1/due-date", "/api/v1/ho-so", "/api/v1/openapi.json"]),
    );
  });

  it("document every method each route serves, and serve every method documented", async () => {
    const documented = Object.entries(document.paths)
      .flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`))
      .sort();
    expect(await servedOperations()).toEqual(documented);
  }, 60_000);
});
