import { openApiDocument } from "@/lib/api/document";
import { openApiDocumentEndpoint } from "@/lib/api/endpoints/openapi-document";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";

// Answered per request (never prerendered at build): the data and PUBLIC_URL are the running server's.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(openApiDocumentEndpoint, async () => ok(openApiDocument())),
});
