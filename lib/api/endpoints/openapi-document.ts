// GET /api/v1/openapi.json: this API's own description, generated from the contracts.
import { z } from "zod";
import { defineEndpoint } from "../contract";

export const ZOpenApiDocumentShape = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export const openApiDocumentEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/openapi.json",
  operationId: "getOpenApiDocument",
  tag: "meta",
  summary: { vi: "Mô tả OpenAPI 3.1 của API này", en: "This API's OpenAPI 3.1 description" },
  access: "public",
  cacheControl: "public, max-age=3600",
  responses: { 200: { description: { vi: "Tài liệu OpenAPI", en: "The OpenAPI document" }, schema: ZOpenApiDocumentShape } },
  errors: [],
});
