import { openApiDocument } from "@/lib/api/document";
import { openApiDocumentEndpoint } from "@/lib/api/endpoints/openapi-document";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(openApiDocumentEndpoint, async () => ok(openApiDocument())),
});
