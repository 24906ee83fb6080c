import { listProceduresEndpoint } from "@/lib/api/endpoints/procedures";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";
import { listProceduresPage, unknownCatalogueFilters } from "@/lib/api/procedures";

// Answered per request (never prerendered at build): the data and PUBLIC_URL are the running server's.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(listProceduresEndpoint, async ({ query, language, fail }) => {
    const unknown = await unknownCatalogueFilters(query, language);
    if (Object.keys(unknown).length > 0) return fail("VALIDATION", { errors: unknown });
    return ok(await listProceduresPage(query));
  }),
});
