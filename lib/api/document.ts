import "server-only";
import { env } from "@/lib/env";
import { buildOpenApiDocument, type TOpenApiDocument } from "./openapi";
import { API_ENDPOINTS, API_VERSION } from "./registry";

let built: TOpenApiDocument | undefined;

/** The OpenAPI document of this server: built once per process (it depends on code and PUBLIC_URL only). */
export function openApiDocument(): TOpenApiDocument {
  built ??= buildOpenApiDocument(API_ENDPOINTS, { serverUrl: env.PUBLIC_URL, version: API_VERSION });
  return built;
}
